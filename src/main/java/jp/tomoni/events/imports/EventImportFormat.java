package jp.tomoni.events.imports;

import java.util.Arrays;
import java.util.Optional;

/** The event lists municipalities publish that the import reads (docs/event-import.md). */
public enum EventImportFormat {

	/** デジタル庁「自治体標準オープンデータセット」イベント一覧 (全国地方公共団体コード, ID, イベント名, …; up to 80 columns). */
	STANDARD("standard"),
	/** The older 推奨データセット イベント一覧 (32 columns: 都道府県コード又は市区町村コード, NO, 都道府県名, …). */
	RECOMMENDED("recommended"),
	/** The 50-column ベース・レジストリ試行版 event list (NO, 都道府県コード又は市区町村コード, 名称, 名称(カナ), …). */
	BASE_REGISTRY("base-registry");

	private final String id;

	EventImportFormat(String id) {
		this.id = id;
	}

	public String id() {
		return id;
	}

	public static Optional<EventImportFormat> fromId(String id) {
		return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
	}
}
