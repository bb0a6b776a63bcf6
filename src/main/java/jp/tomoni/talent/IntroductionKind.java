package jp.tomoni.talent;

/** 紹介 (the coordinator puts the two in touch) or 派遣 (the supporter is sent to help). */
public enum IntroductionKind {

	INTRODUCTION, DISPATCH;

	public String messageKey() {
		return "talent.introduction.kind." + name();
	}
}
