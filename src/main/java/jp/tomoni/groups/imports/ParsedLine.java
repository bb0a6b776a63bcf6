package jp.tomoni.groups.imports;

import java.util.List;

import jp.tomoni.imports.LineProblem;

/** What one data line of the file turned out to be. */
public sealed interface ParsedLine {

	long line();

	/** A group to validate and apply. */
	record Row(ImportedRow row) implements ParsedLine {

		@Override
		public long line() {
			return row.line();
		}
	}

	/** Not imported, by rule: not an error (another municipality's corporation, a dissolved one). */
	record Skipped(long line, SkipReason reason) implements ParsedLine {
	}

	/** The line cannot be read as a group (e.g. a 法人番号 that Excel turned into 1.23457E+12). */
	record Rejected(long line, List<LineProblem> problems) implements ParsedLine {
	}

	enum SkipReason {
		/** The row belongs to another municipality (nationwide and prefectural lists). */
		OTHER_MUNICIPALITY,
		/** The corporation is dissolved (解散) or its certification was revoked (認証取消し). */
		DISSOLVED
	}
}
