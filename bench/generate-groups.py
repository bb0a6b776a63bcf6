#!/usr/bin/env python3
"""Writes SQL that inserts N approved groups of realistic Japanese text into Tomoni's H2 or PostgreSQL schema,
or (--csv) the same groups as a file of the import's Tomoni format (docs/group-import.md).

    bench/generate-groups.py 100000 > groups.sql
    bench/generate-groups.py 100000 --csv > groups.csv

Names, readings, purposes and activities are assembled from civic vocabulary (areas of 相模原市, topics,
kinds of group), so that the Japanese analysers see text like the real directory's. Deterministic (seeded).
"""
import random
import sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
FIRST_ID = 1_000_000
rnd = random.Random(20261126)

places = [("橋本", "ハシモト", "hashimoto"), ("大沢", "オオサワ", "osawa"), ("城山", "シロヤマ", "shiroyama"),
          ("津久井", "ツクイ", "tsukui"), ("相模湖", "サガミコ", "sagamiko"), ("藤野", "フジノ", "fujino"),
          ("小山", "オヤマ", "oyama"), ("清新", "セイシン", "seishin"), ("横山", "ヨコヤマ", "yokoyama"),
          ("中央", "チュウオウ", "chuo-district"), ("星が丘", "ホシガオカ", "hoshigaoka"),
          ("光が丘", "ヒカリガオカ", "hikarigaoka"), ("大野北", "オオノキタ", "onokita"), ("田名", "タナ", "tana"),
          ("上溝", "カミミゾ", "kamimizo"), ("大野中", "オオノナカ", "ononaka"), ("大野南", "オオノミナミ", "ononami"),
          ("麻溝", "アサミゾ", "asamizo"), ("新磯", "アライソ", "araiso"), ("相模台", "サガミダイ", "sagamidai"),
          ("相武台", "ソウブダイ", "sobudai"), ("東林", "トウリン", "torin")]
topics = [("子育て", "コソダテ", ["13", "01"], "子育て中の親子が気軽に集える居場所をつくります"),
          ("高齢者サロン", "コウレイシャサロン", ["01"], "高齢者が孤立せず楽しく過ごせる場を運営します"),
          ("防災", "ボウサイ", ["08", "09"], "災害に強い地域をつくるため防災の知識と備えを広めます"),
          ("環境", "カンキョウ", ["07"], "里山や川の自然を守り次の世代に引き継ぎます"),
          ("国際交流", "コクサイコウリュウ", ["11"], "外国人住民が安心して暮らせるよう日本語学習を支えます"),
          ("まちづくり", "マチヅクリ", ["03"], "住民どうしの助け合いで住みよいまちをつくります"),
          ("読み聞かせ", "ヨミキカセ", ["13", "02"], "絵本の読み聞かせで子どもの心を育てます"),
          ("スポーツ", "スポーツ", ["06"], "誰もが楽しめるスポーツの機会を広げます"),
          ("文化", "ブンカ", ["06", "02"], "地域の伝統文化と芸術を次の世代に伝えます"),
          ("見守り", "ミマモリ", ["09", "01"], "子どもと高齢者を地域で見守ります"),
          ("障がい者支援", "ショウガイシャシエン", ["01"], "障がいのある方の社会参加を支えます"),
          ("ICT", "アイシーティー", ["14"], "誰もがデジタル機器を使いこなせるよう支えます"),
          ("フードバンク", "フードバンク", ["01", "16"], "食品ロスを減らし生活に困っている方に食品を届けます"),
          ("清掃", "セイソウ", ["07", "03"], "道路や公園の清掃で美しいまちを保ちます")]
kinds = [("の会", "ノカイ", "volunteer-group"), ("クラブ", "クラブ", "volunteer-group"),
         ("ネットワーク", "ネットワーク", "other-purpose"), ("自治会", "ジチカイ", "neighbourhood-association"),
         ("サークル", "サークル", "volunteer-group"), ("協議会", "キョウギカイ", "community-council"),
         ("プロジェクト", "プロジェクト", "other-purpose"), ("支援センター", "シエンセンター", "intermediary")]
activities = ["毎月の定例会", "講座と勉強会", "イベントの企画運営", "相談会", "清掃活動", "交流会",
              "広報誌の発行", "見守り活動", "ワークショップ", "出前講座"]

def check_digit(base):
    """法人番号: 9 - (sum of digits from the right, weighted 1, 2, 1, 2 ...) mod 9."""
    total = sum(int(d) * (1 if n % 2 == 1 else 2) for n, d in enumerate(reversed(base), start=1))
    return 9 - total % 9

if "--csv" in sys.argv:
    import csv
    out = csv.writer(sys.stdout, lineterminator="\r\n")
    out.writerow(["source_id", "name", "name_kana", "kind", "corporate_number", "fields", "areas", "purpose",
                  "activities", "accepts_volunteers"])
    for n in range(N):
        place, place_kana, area = rnd.choice(places)
        topic, topic_kana, fields, purpose = rnd.choice(topics)
        kind_name, kind_kana, kind = rnd.choice(kinds)
        base = f"{700000000000 + n:012d}"
        number = f"{check_digit(base)}{base}" if n % 2 == 0 else ""
        out.writerow([f"bench-{n}", f"{place}{topic}{kind_name}{n}", f"{place_kana}{topic_kana}{kind_kana}", kind,
                      number, ";".join(fields), area, place + "で" + purpose + "。",
                      "、".join(rnd.sample(activities, 3)) + "を行っています。",
                      "true" if rnd.random() < 0.6 else "false"])
    sys.exit(0)

def q(text):
    return "'" + text.replace("'", "''") + "'"

print("SET AUTOCOMMIT FALSE;" if "--h2" in sys.argv else "BEGIN;")
for n in range(N):
    gid = FIRST_ID + n
    place, place_kana, area = rnd.choice(places)
    topic, topic_kana, fields, purpose = rnd.choice(topics)
    kind_name, kind_kana, kind = rnd.choice(kinds)
    name = f"{place}{topic}{kind_name}{n}"
    kana = f"{place_kana}{topic_kana}{kind_kana}"
    acts = "、".join(rnd.sample(activities, 3))
    volunteers = "TRUE" if rnd.random() < 0.6 else "FALSE"
    print("INSERT INTO civic_group (id, municipality_code, name, name_kana, kind_code, purpose, activities, "
          "accepts_volunteers, contact_email_visibility, contact_phone_visibility, status, owner_account_id, "
          f"created_at, updated_at, submitted_at, approved_at, version) VALUES ({gid}, '141500', {q(name)}, {q(kana)}, "
          f"'{kind}', {q(place + 'で' + purpose + '。')}, {q(acts + 'を行っています。')}, {volunteers}, 'STAFF', 'STAFF', "
          "'APPROVED', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);")
    for field in fields:
        print(f"INSERT INTO civic_group_field (group_id, field_code) VALUES ({gid}, '{field}');")
    print(f"INSERT INTO civic_group_area (group_id, area_code) VALUES ({gid}, '{area}');")
    if n % 5000 == 4999:
        print("COMMIT;")
print("COMMIT;")
