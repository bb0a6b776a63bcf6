package jp.tomoni.accounts;

/** 氏名, フリガナ (hiragana or katakana; stored as katakana) and 表示名. */
public record ProfileCommand(String fullName, String fullNameKana, String displayName) {
}
