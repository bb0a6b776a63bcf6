#!/usr/bin/env python3
"""Writes SQL (for H2's RunScript) that inserts N talent-bank entries and N open needs and offers into Tomoni's
schema, plus BENCH needs posted by the demo account group-admin@example.jp, whose pages bench/matching-suggestions.sh
requests (the suggestions of a post are computed for its author only).

    bench/generate-matching.py 100000 [20] > matching.sql

Rows are written as the application writes them: code lists as space-separated sorted codes (shared.CodeSetConverter),
modes and kinds as sorted enum names, days in week order, timestamps with the time zone. Names are Japanese surnames and
given names; skills are the talent_skill codes (V1_30); fields "01".."20" (ActivityField); areas the demo areas of
相模原市 (areas.DemoAreas); texts are assembled from civic topics (清掃, 写真, 子育て, 防災 …) so that Kuromoji finds the
nouns of real posts. Visibility is mostly MATCHING or PUBLIC, 2 % of the entries withdrew their consent. Ids are left
to the identity columns. Deterministic (seeded).
"""
import random
import sys
from datetime import date, datetime, timedelta

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
BENCH = int(sys.argv[2]) if len(sys.argv) > 2 else 20
MUNICIPALITY = "141500"
BATCH = 500
rnd = random.Random(20261127)

AREAS = ["midori", "hashimoto", "osawa", "shiroyama", "tsukui", "sagamiko", "fujino", "chuo", "oyama", "seishin",
         "yokoyama", "chuo-district", "hoshigaoka", "hikarigaoka", "onokita", "tana", "kamimizo", "minami", "ononaka",
         "ononami", "asamizo", "araiso", "sagamidai", "sobudai", "torin"]
AREA_NAMES = {"midori": "緑区", "hashimoto": "橋本", "osawa": "大沢", "shiroyama": "城山", "tsukui": "津久井",
              "sagamiko": "相模湖", "fujino": "藤野", "chuo": "中央区", "oyama": "小山", "seishin": "清新",
              "yokoyama": "横山", "chuo-district": "中央", "hoshigaoka": "星が丘", "hikarigaoka": "光が丘",
              "onokita": "大野北", "tana": "田名", "kamimizo": "上溝", "minami": "南区", "ononaka": "大野中",
              "ononami": "大野南", "asamizo": "麻溝", "araiso": "新磯", "sagamidai": "相模台", "sobudai": "相武台",
              "torin": "東林"}
SKILLS = ["it", "design", "photo", "accounting", "law", "language", "care", "childcare", "teaching", "music", "sports",
          "cooking", "gardening", "repair", "driving", "disaster", "events", "facilitation", "other"]
FIELDS = ["%02d" % i for i in range(1, 21)]
SURNAMES = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木",
            "山口", "松本", "井上", "木村", "林", "斎藤", "清水", "山崎", "森", "池田", "橋本", "阿部", "石川", "山下",
            "中島", "石井", "小川", "前田", "岡田", "長谷川", "藤田", "後藤", "近藤", "村上", "遠藤", "青木", "坂本"]
GIVEN = ["陽翔", "蓮", "湊", "大翔", "悠真", "健太", "誠", "浩", "隆", "一郎", "翔太", "拓也", "陽菜", "結衣", "葵",
         "凛", "美咲", "花子", "由美", "恵子", "京子", "裕子", "直美", "さくら", "ひなた", "あかり", "真由美", "和子",
         "明美", "智子"]

# topic: (nouns used in texts, fields, skills, kinds of help a need asks for)
TOPICS = [
    ("清掃", ["清掃", "ごみ拾い", "公園"], ["07", "03"], ["other", "events"], ["PEOPLE"]),
    ("写真", ["写真", "撮影", "記録"], ["06", "14"], ["photo", "design"], ["SKILLS"]),
    ("子育て", ["子育て", "親子", "保育"], ["13", "01"], ["childcare", "teaching"], ["PEOPLE", "PLACE"]),
    ("防災", ["防災", "避難訓練", "備蓄"], ["08", "09"], ["disaster", "events"], ["PEOPLE", "GOODS"]),
    ("見守り", ["見守り", "高齢者", "声かけ"], ["01", "09"], ["care"], ["PEOPLE"]),
    ("読み聞かせ", ["読み聞かせ", "絵本", "図書館"], ["13", "02"], ["teaching", "music"], ["PEOPLE"]),
    ("子ども食堂", ["子ども食堂", "食材", "調理"], ["13", "01"], ["cooking", "childcare"], ["GOODS", "PEOPLE", "MONEY"]),
    ("配食", ["配食", "弁当", "配達"], ["01"], ["driving", "cooking"], ["PEOPLE"]),
    ("草刈り", ["草刈り", "花壇", "植栽"], ["07", "05"], ["gardening"], ["PEOPLE", "GOODS"]),
    ("通訳", ["通訳", "翻訳", "外国人"], ["11", "10"], ["language"], ["SKILLS"]),
    ("パソコン", ["パソコン", "スマートフォン", "講座"], ["14", "02"], ["it", "teaching"], ["SKILLS"]),
    ("チラシ", ["チラシ", "広報", "デザイン"], ["19", "03"], ["design", "it"], ["SKILLS"]),
    ("会計", ["会計", "帳簿", "決算"], ["19", "16"], ["accounting", "law"], ["SKILLS"]),
    ("夏祭り", ["夏祭り", "屋台", "設営"], ["03", "06"], ["events", "repair"], ["PEOPLE", "PLACE", "MONEY"]),
    ("体操", ["体操", "健康", "介護予防"], ["01", "06"], ["sports", "care"], ["SKILLS", "PLACE"]),
    ("合唱", ["合唱", "演奏", "発表会"], ["06"], ["music"], ["PEOPLE", "PLACE"]),
    ("学習支援", ["学習支援", "宿題", "中学生"], ["13", "02", "17"], ["teaching"], ["PEOPLE", "SKILLS"]),
    ("防犯", ["防犯", "パトロール", "通学路"], ["09", "13"], ["other", "driving"], ["PEOPLE"]),
    ("修繕", ["修繕", "大工", "集会所"], ["03", "01"], ["repair"], ["SKILLS", "GOODS"]),
    ("移動支援", ["移動支援", "送迎", "通院"], ["01"], ["driving", "care"], ["PEOPLE"]),
    ("手話", ["手話", "要約筆記", "聴覚障がい"], ["01", "10"], ["language", "care"], ["SKILLS"]),
    ("ワークショップ", ["ワークショップ", "話し合い", "まちづくり"], ["03", "19"], ["facilitation", "events"], ["PARTNER", "SKILLS"]),
    ("環境学習", ["環境学習", "里山", "生き物"], ["07", "02", "15"], ["teaching", "gardening"], ["PARTNER", "PEOPLE"]),
    ("就労", ["就労", "職業体験", "履歴書"], ["17", "16"], ["teaching", "law"], ["PARTNER", "SKILLS"]),
]
NEED_TITLES = ["{a}で{n}を手伝ってくださる方を探しています", "{n}のボランティア募集（{a}）", "{a}の{n}に力を貸してください",
               "{n}について相談できる方はいませんか", "{n}の{n2}をお願いできる方"]
OFFER_TITLES = ["{n}のお手伝いができます", "{a}で{n}を教えます", "{n}と{n2}ならお任せください",
                "{a}周辺で{n}に協力します", "{n}の経験を生かしたいです"]
NEED_TEXT = ["{a}で{n}の活動をしています。{n2}や{n3}に詳しい方、土日に数時間でも来ていただけると助かります。",
             "毎月{d}日に{n}を行っています。{n2}の担当が足りず、{n3}の準備もお願いできる方を探しています。",
             "{n}の取り組みを始めたばかりで、{n2}の進め方がわかりません。{n3}の経験がある方にご相談したいです。"]
OFFER_TEXT = ["{n}を長年続けてきました。{n2}や{n3}のことならお手伝いできます。{a}周辺なら平日も伺えます。",
              "仕事で{n}をしていました。{n2}の講座や{n3}の相談に乗れます。交通費だけいただければ結構です。",
              "{a}に住んでいます。{n}と{n2}が得意です。{n3}のお手伝いもできます。"]
INTRO = ["{n}と{n2}が得意です。{a}を中心に活動できます。", "{n}の資格を持っています。{n2}のお手伝いをしたいです。",
         "退職後、地域の{n}に関わりたいと思い登録しました。{n2}や{n3}もできます。",
         "子どもが独立したので、{n}や{n2}で地域に恩返しがしたいです。"]
QUALIFICATIONS = ["保育士", "介護福祉士", "普通自動車免許", "防災士", "簿記2級", "社会福祉士", "英語検定準1級", "看護師",
                  "調理師", "第二種電気工事士", "救命講習修了", "教員免許", None, None, None]
DAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]
EPOCH = datetime(2024, 4, 1, 9, 0, 0)
TODAY = date(2026, 11, 27)


def q(text):
    return "NULL" if text is None else "'" + text.replace("'", "''") + "'"


def ts(moment):
    return "TIMESTAMP WITH TIME ZONE '" + moment.strftime("%Y-%m-%d %H:%M:%S") + "+09:00'"


def codes(values):
    return " ".join(sorted(set(values)))


def areas():
    chosen = rnd.sample(AREAS, rnd.choice([1, 1, 2]))
    return codes(chosen), AREA_NAMES[chosen[0]]


def fields(topic):
    chosen = set(rnd.sample(topic[2], min(len(topic[2]), rnd.randint(1, 2))))
    if rnd.random() < 0.3:
        chosen.add(rnd.choice(FIELDS))
    return codes(list(chosen)[:3])


def skills(topic, at_least=1):
    chosen = set(rnd.sample(topic[3], rnd.randint(min(at_least, len(topic[3])), len(topic[3]))))
    if rnd.random() < 0.25:
        chosen.add(rnd.choice(SKILLS))
    return codes(chosen)


def nouns(topic):
    other = rnd.choice(TOPICS)
    pool = topic[1] + [rnd.choice(other[1])]
    return rnd.choice(topic[1]), pool[rnd.randrange(len(pool))], pool[rnd.randrange(len(pool))]


def fill(template, topic, area_name):
    n, n2, n3 = nouns(topic)
    return template.format(a=area_name, n=n, n2=n2, n3=n3, d=rnd.randint(1, 28))


def talent_row(i):
    topic = rnd.choice(TOPICS)
    area_codes, area_name = areas()
    name = rnd.choice(SURNAMES) + " " + rnd.choice(GIVEN)
    skills_text = "、".join(rnd.sample(topic[1], 2)) + ("、" + rnd.choice(rnd.choice(TOPICS)[1]) if rnd.random() < 0.5 else "")
    modes = codes(rnd.sample(["TEACH", "ADVISE", "HANDS_ON"], rnd.randint(1, 2)))
    days = " ".join(d for d in DAYS if rnd.random() < 0.3)
    fee = rnd.choices(["FREE", "EXPENSES", "PAID"], [70, 25, 5])[0]
    visibility = rnd.choices(["MATCHING", "PUBLIC", "STAFF_ONLY"], [60, 30, 10])[0]
    created = EPOCH + timedelta(minutes=i * 5 + rnd.randint(0, 4))
    withdrawn = ts(created + timedelta(days=30)) if rnd.random() < 0.02 else "NULL"
    return ("(" + ", ".join([q(MUNICIPALITY), str(50_000_000 + i), q(name), q(skills(topic)), q(skills_text),
                             q(rnd.choice(QUALIFICATIONS)), q(fields(topic)), q(area_codes), q(modes), q(days),
                             q("平日の午前" if rnd.random() < 0.2 else None), q(fee),
                             q(fill(rnd.choice(INTRO), topic, area_name)), q(visibility), ts(created), withdrawn,
                             ts(created), ts(created), "0"]) + ")")


def post_row(i, side, topic, account, poster, created):
    area_codes, area_name = areas()
    n, n2, _ = nouns(topic)
    titles = NEED_TITLES if side == "NEED" else OFFER_TITLES
    title = rnd.choice(titles).format(a=area_name, n=n, n2=n2)
    description = fill(rnd.choice(NEED_TEXT if side == "NEED" else OFFER_TEXT), topic, area_name)
    kinds = set(rnd.sample(topic[4], rnd.randint(1, len(topic[4]))))
    if rnd.random() < 0.15:
        kinds.add(rnd.choice(["PEOPLE", "SKILLS", "GOODS", "PLACE", "MONEY", "PARTNER"]))
    starts = ends = None
    if rnd.random() < 0.3:
        starts = TODAY + timedelta(days=rnd.randint(0, 120))
        ends = starts + timedelta(days=rnd.randint(0, 60))
    return ("(" + ", ".join([q(MUNICIPALITY), q(side), account, "NULL", "FALSE", q(poster), q(title),
                             q(description), q(codes(kinds)), q(skills(topic, 0) if rnd.random() < 0.7 else ""),
                             q(fields(topic)), q(area_codes), q(starts and starts.isoformat()),
                             q(ends and ends.isoformat()), q("OPEN"), ts(created), ts(created), "0"]) + ")")


def batches(rows, head):
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) == BATCH:
            print(head + ",\n".join(batch) + ";")
            batch = []
    if batch:
        print(head + ",\n".join(batch) + ";")


TALENT = ("INSERT INTO talent_entry (municipality_code, account_id, display_name, skill_codes, skills_text, "
          "qualifications, field_codes, area_codes, modes, days, availability_note, fee, introduction, visibility, "
          "consented_at, withdrawn_at, created_at, updated_at, version) VALUES\n")
POST = ("INSERT INTO match_post (municipality_code, side, account_id, group_id, as_city, poster_name, title, "
        "description, kinds, skill_codes, field_codes, area_codes, starts_on, ends_on, status, created_at, updated_at, "
        "version) VALUES\n")

print("SET AUTOCOMMIT FALSE;")
batches((talent_row(i) for i in range(N)), TALENT)
print("COMMIT;")


def posts():
    for i in range(N):
        topic = rnd.choice(TOPICS)
        created = EPOCH + timedelta(minutes=i * 5 + rnd.randint(0, 4))
        side = "NEED" if i % 2 == 0 else "OFFER"
        yield post_row(i, side, topic, str(60_000_000 + i), rnd.choice(SURNAMES) + " " + rnd.choice(GIVEN), created)


batches(posts(), POST)
print("COMMIT;")
# The bench's needs: posted by the demo group administrator (as themselves), one topic each, newest of all.
ADMIN = "(SELECT id FROM account WHERE email = 'group-admin@example.jp')"
bench = [post_row(N + k, "NEED", TOPICS[k % len(TOPICS)], ADMIN, "代表 由美",
                  datetime(2026, 11, 27, 9, 0, 0) + timedelta(minutes=k)) for k in range(BENCH)]
batches(bench, POST)
print("COMMIT;")
