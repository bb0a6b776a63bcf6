package jp.tomoni.groups;

import java.util.Arrays;
import java.util.List;

/**
 * The legal form of a group (法人格). Set by law, not by each municipality, so a code list in code (like
 * {@code ActivityField}); the labels are in the message bundles under {@code legalForm.<code>}.
 */
public enum LegalForm {

	/** 任意団体 (no legal personality). */
	VOLUNTARY_ASSOCIATION("voluntary-association"),
	/** 特定非営利活動法人 (NPO法人). */
	NPO_CORPORATION("npo-corporation"),
	/** 一般社団法人. */
	GENERAL_INCORPORATED_ASSOCIATION("general-incorporated-association"),
	/** 一般財団法人. */
	GENERAL_INCORPORATED_FOUNDATION("general-incorporated-foundation"),
	/** 公益社団法人. */
	PUBLIC_INTEREST_INCORPORATED_ASSOCIATION("public-interest-incorporated-association"),
	/** 公益財団法人. */
	PUBLIC_INTEREST_INCORPORATED_FOUNDATION("public-interest-incorporated-foundation"),
	/** 社会福祉法人. */
	SOCIAL_WELFARE_CORPORATION("social-welfare-corporation"),
	/** 株式会社・合同会社など (会社). */
	COMPANY("company"),
	/** 認可地縁団体 (地方自治法 第260条の2). */
	AUTHORISED_NEIGHBOURHOOD_ASSOCIATION("authorised-neighbourhood-association"),
	/** 学校法人. */
	SCHOOL_CORPORATION("school-corporation"),
	/** その他. */
	OTHER("other");

	/** Every legal form, in the order the form lists them. */
	public static final List<LegalForm> ALL = List.of(values());

	private final String code;

	LegalForm(String code) {
		this.code = code;
	}

	/** The stable code stored and exported. */
	public String code() {
		return code;
	}

	/** The key of its label in the message bundles. */
	public String messageKey() {
		return "legalForm." + code;
	}

	public static boolean isKnown(String code) {
		return Arrays.stream(values()).anyMatch(form -> form.code.equals(code));
	}
}
