package jp.tomoni.groups.imports;

import java.util.Arrays;
import java.util.Optional;

/** The file formats the group import reads (docs/group-import.md). */
public enum ImportFormat {

	/** Tomoni's own documented CSV. */
	TOMONI("tomoni"),
	/** 内閣府 NPO法人ポータルサイト bulk CSV (行政入力情報, 60 columns). */
	NPO_PORTAL("npo-portal"),
	/** 東京都「特定非営利活動法人（ＮＰＯ法人）情報」 list. */
	TOKYO_NPO("tokyo-npo");

	private final String id;

	ImportFormat(String id) {
		this.id = id;
	}

	/** The name used on the command line and in the upload form. */
	public String id() {
		return id;
	}

	public static Optional<ImportFormat> fromId(String id) {
		return Arrays.stream(values()).filter(format -> format.id.equalsIgnoreCase(id.strip())).findFirst();
	}
}
