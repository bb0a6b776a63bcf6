package jp.tomoni.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import jp.tomoni.TomoniIntegrationTest;
import jp.tomoni.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Japanese search facility (Hibernate Search, Lucene, Kuromoji) on accounts, on whichever database the suite
 * runs: readings, widths, partial words, roles, 五十音順.
 */
@TomoniIntegrationTest
class AccountSearchIntegrationTests {

	@Autowired
	AccountManagement accounts;

	private java.util.List<String> names(String query) {
		return accounts.search(query, null, 0, 20).getContent().stream().map(AccountView::fullName).toList();
	}

	@Test
	void aQueryInHiraganaFindsTheNameWrittenInKanji() {
		assertThat(names("やまだ")).contains("山田 太郎");
		assertThat(names("きょうどう")).contains("協働 花子");
	}

	@Test
	void halfWidthKatakanaAndFullWidthLettersAreNormalised() {
		assertThat(names("ﾔﾏﾀﾞ")).contains("山田 太郎");
		assertThat(names("ＣＩＴＩＺＥＮ＠ＥＸＡＭＰＬＥ．ＪＰ")).first().isEqualTo("山田 太郎");
	}

	@Test
	void kanjiAndPartialWordsMatch() {
		assertThat(names("山田")).first().isEqualTo("山田 太郎");
		assertThat(names("子育て")).contains("代表 由美", "会員 翔");
	}

	@Test
	void filtersByRoleAndSortsByReadingWithoutAQuery() {
		var coordinators = accounts.search("", Role.COORDINATOR, 0, 20).getContent();
		assertThat(coordinators).isNotEmpty().allSatisfy(a -> assertThat(a.roles()).contains(Role.COORDINATOR));
		var all = accounts.search("", null, 0, 100).getContent().stream().map(AccountView::fullNameKana).toList();
		assertThat(all).isSortedAccordingTo(String::compareTo);
	}

	@Test
	void synonymsFromTheDictionaryCount() {
		assertThat(names("育児")).contains("代表 由美", "会員 翔");
	}

	@Test
	void nothingIsFoundForAnUnrelatedWord() {
		assertThat(names("ぜんぜんかんけいない")).isEmpty();
	}
}
