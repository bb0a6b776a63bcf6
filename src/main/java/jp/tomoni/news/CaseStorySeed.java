package jp.tomoni.news;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a case story starts with when another module starts it: its title, the partners (who with whom), what was
 * done, its effect (成果), and its tags. The author writes the rest (what went well, what was hard, what to improve).
 */
public record CaseStorySeed(String title, @Nullable String partners, @Nullable String whatWasDone,
		@Nullable String effect, Set<String> fieldCodes, Set<String> areaCodes, Set<Long> groupIds) {
}
