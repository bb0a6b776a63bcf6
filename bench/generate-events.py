#!/usr/bin/env python3
"""Generates N events (default 100,000) as 自治体標準オープンデータセット イベント一覧 CSV files for the event import,
in files of 5,000 events (each file is one all-or-nothing transaction): about one event in five recurs (2–8 dates,
weekly), dates spread over a year from the start month, Japanese names and descriptions built from a civic
vocabulary (kanji, かな and katakana words), places around 相模原市.

    bench/generate-events.py [N] [OUTDIR]      defaults: 100000 /tmp/tomoni-events
"""
import csv, datetime, os, random, sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
OUT = sys.argv[2] if len(sys.argv) > 2 else "/tmp/tomoni-events"
PER_FILE = 5000
random.seed(4)
HEADER = ("全国地方公共団体コード,法人番号,ID,地方公共団体名,イベント名,言語コード,イベント通称,サブタイトル,イベント名_カナ,イベント名_英語,"
          "コンテンツURL,状態,キーワード,タグ,対象となる産業,開催パターン,開始日,終了日,開始時間,終了時間,開始日時特記事項,所要時間,掲載開始日,"
          "掲載終了日,概要,説明,サブイベント,イベント種類,料金(基本),料金(詳細),連絡先名称,連絡先電話番号,連絡先内線番号,主催者,共催団体,関連組織,"
          "対象者,対象者備考,場所名称,集合(受付)場所,所在地_全国地方公共団体コード,町字ID,所在地_連結表記,所在地_都道府県,所在地_市区町村,所在地_町字,"
          "所在地_番地以下,建物名等(方書),緯度,経度,アクセス方法,駐車場情報,駐車場料金,駐輪場情報,Web開催,Web開催URL,ツール・環境,定員,定員備考,料金種別,"
          "決済種別,外国語対応,外国語対応備考,開催条件,参加申込終了日,参加申込終了時間,参加申込方法,申込開始日,申込開始時刻,申込URL,URL,授乳室,"
          "おむつ替えコーナー,飲食可否,ベビーカー貸出,ベビーカー利用,画像,画像_ライセンス,備考").split(",")
TOPICS = [("子育て", "コソダテ"), ("防災", "ボウサイ"), ("絵本", "エホン"), ("花火", "ハナビ"), ("介護", "カイゴ"), ("歴史", "レキシ"),
          ("自然観察", "シゼンカンサツ"), ("ヨガ", "ヨガ"), ("コンサート", "コンサート"), ("美術", "ビジュツ"), ("手話", "シュワ"),
          ("環境", "カンキョウ"), ("まちづくり", "マチヅクリ"), ("国際交流", "コクサイコウリュウ"), ("料理", "リョウリ"), ("健康", "ケンコウ"),
          ("読書", "ドクショ"), ("パソコン", "パソコン"), ("スポーツ", "スポーツ"), ("地域福祉", "チイキフクシ")]
KINDS = [("講座", "コウザ", "講座・セミナー"), ("教室", "キョウシツ", "講座・セミナー"), ("交流会", "コウリュウカイ", "交流会"),
         ("報告会", "ホウコクカイ", "報告会"), ("まつり", "マツリ", "地域行事"), ("相談会", "ソウダンカイ", "相談会"),
         ("体験会", "タイケンカイ", "その他")]
PLACES = ["橋本公民館", "相模大野図書館", "市民活動サポートセンター", "緑区合同庁舎", "相模湖交流センター", "南区役所", "淵野辺公園"]
AUDIENCE = ["どなたでも", "子ども", "高齢者", "子育て中の親子", "市内在住・在勤の方", "障害のある方"]
os.makedirs(OUT, exist_ok=True)
start = datetime.date.today().replace(day=1)
files = 0
for first in range(0, N, PER_FILE):
    files += 1
    with open(os.path.join(OUT, f"events-{files:03d}.csv"), "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        for i in range(first, min(N, first + PER_FILE)):
            topic, topic_kana = random.choice(TOPICS)
            kind, kind_kana, category = random.choice(KINDS)
            place = random.choice(PLACES)
            name = f"{topic}{kind} 第{i % 97 + 1}回"
            day = start + datetime.timedelta(days=random.randrange(365))
            dates = [day + datetime.timedelta(weeks=k) for k in range(random.randint(2, 8) if random.random() < 0.2 else 1)]
            hour = random.choice([9, 10, 13, 14, 18])
            free = random.random() < 0.6
            for d in dates:
                row = dict.fromkeys(HEADER, "")
                row.update({"全国地方公共団体コード": "142158", "ID": f"B{i:07d}", "地方公共団体名": "相模原市", "イベント名": name,
                            "イベント名_カナ": f"{topic_kana}{kind_kana} ダイ{i % 97 + 1}カイ", "開始日": d.isoformat(),
                            "開始時間": f"{hour}:00", "終了時間": f"{hour + 2}:00",
                            "概要": f"{place}で開く{topic}の{kind}です。", "説明": f"{random.choice(AUDIENCE)}向けの{topic}{kind}。"
                            f"{random.choice(TOPICS)[0]}や{random.choice(TOPICS)[0]}についても話します。申込は電話で受け付けます。",
                            "イベント種類": category, "料金種別": "無料" if free else "有料", "料金(詳細)": "" if free else "500円",
                            "主催者": f"{topic}の会さがみはら", "対象者": random.choice(AUDIENCE), "場所名称": place,
                            "所在地_連結表記": f"神奈川県相模原市緑区橋本{i % 9 + 1}-{i % 20 + 1}", "緯度": f"{35.55 + random.random() / 10:.6f}",
                            "経度": f"{139.30 + random.random() / 10:.6f}", "定員": str(random.choice([10, 20, 30, 50])),
                            "連絡先名称": "協働推進課", "連絡先電話番号": "042-754-1111", "Web開催": "0"})
                w.writerow([row[h] for h in HEADER])
print(f"{N} events in {files} files under {OUT}", file=sys.stderr)
