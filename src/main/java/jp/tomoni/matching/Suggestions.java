package jp.tomoni.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.groups.GroupMatch;
import jp.tomoni.shared.JapaneseText;
import jp.tomoni.talent.TalentBank;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The suggestions of a post: the other side's open posts, the talent bank's supporters (for a need) and the approved
 * groups, each found by one search that scores what it shares with the post — every activity field and skill in
 * common 3, every kind of help and area 2, a period that overlaps 2, every word of the post found in its text 1 — and
 * shown with those reasons; a supporter answers a need for people or know-how. Each source gives its best
 * {@link #PER_SOURCE}; only those are read from the database.
 */
@Component
class Suggestions {

	static final float FIELDS = 3, SKILLS = 3, KINDS = 2, AREAS = 2, PERIOD = 2, WORDS = 1;

	/** The kinds of help a talent-bank supporter gives. */
	private static final Set<PostKind> SUPPORTER_KINDS = EnumSet.of(PostKind.PEOPLE, PostKind.SKILLS);

	/**
	 * How many suggestions each source gives (the other side's posts, supporters, groups). The sources are shown
	 * together, best first, but each keeps its own few: at 100,000 posts the offers alone would fill any single top
	 * ten, since a post can share kinds and a period, which a supporter or a group never can (docs/performance.md).
	 */
	static final int PER_SOURCE = 5;

	/** Why a suggestion was made: the kind of reason (a message key) and what is shared. */
	record Reason(String key, String values) {
	}

	/** A suggestion, with its reasons, best first. {@code interest} when interest was shown already. */
	record Suggestion(CounterpartType type, long id, String name, String summary, List<Reason> reasons, float score,
			@Nullable InterestState interest) {
	}

	/** Who pressed 関心あり so far, seen from the post's side. */
	record InterestState(long interestId, boolean fromPost, boolean fromCounterpart) {

		public boolean mutual() {
			return fromPost && fromCounterpart;
		}
	}

	/** The names a reason shows, in the language of the page. */
	record Names(Map<String, String> fields, Map<String, String> skills, Map<String, String> areas,
			Map<PostKind, String> kinds, Map<String, String> groupCategories) {
	}

	private final EntityManager entityManager;

	private final TalentBank talent;

	private final GroupDirectory groups;

	Suggestions(EntityManager entityManager, TalentBank talent, GroupDirectory groups) {
		this.entityManager = entityManager;
		this.talent = talent;
		this.groups = groups;
	}

	/** The best suggestions for the post, without their interest state. */
	List<Suggestion> of(MatchPost post, Names names) {
		List<String> words = Keywords.of(post.title(), post.description());
		List<Suggestion> all = new ArrayList<>();
		all.addAll(posts(post, words, names));
		if (post.side() == PostSide.NEED) {
			all.addAll(talent(post, words, names));
		}
		all.addAll(groups(post, words, names));
		return all.stream()
			.sorted(Comparator.comparingDouble((Suggestion s) -> -s.score()).thenComparing(Suggestion::type)
				.thenComparingLong(Suggestion::id))
			.toList();
	}

	private List<Suggestion> posts(MatchPost post, List<String> words, Names names) {
		Set<PostKind> kinds = post.getKindSet();
		List<MatchPost> hits = Search.session(entityManager)
			.search(MatchPost.class)
			.where(f -> {
				var shared = f.bool();
				post.fieldCodes().forEach(c -> shared.should(f.match().field("fields").matching(c).constantScore()
					.boost(FIELDS)));
				post.skillCodes().forEach(c -> shared.should(f.match().field("skills").matching(c).constantScore()
					.boost(SKILLS)));
				kinds.forEach(k -> shared.should(f.match().field("kinds").matching(k).constantScore().boost(KINDS)));
				post.areaCodes().forEach(c -> shared.should(f.match().field("areas").matching(c).constantScore()
					.boost(AREAS)));
				words.forEach(w -> shared.should(f.match().field("text").matching(w).constantScore().boost(WORDS)));
				var all = f.bool()
					.filter(f.match().field("municipalityCode").matching(post.municipalityCode()))
					.filter(f.match().field("side").matching(post.side().other()))
					.filter(f.match().field("status").matching(PostStatus.OPEN))
					.mustNot(f.id().matching(post.id()))
					.must(shared.minimumShouldMatchNumber(1));
				if (post.hasPeriod()) {
					// Scored, not required: a post without a period overlaps every one.
					all.should(f.bool()
						.must(f.range().field("periodStart").atMost(post.getPeriodEnd()))
						.must(f.range().field("periodEnd").atLeast(post.getPeriodStart()))
						.constantScore()
						.boost(PERIOD));
				}
				return all;
			})
			.sort(f -> f.score().then().field("createdAt").desc())
			.fetchHits(PER_SOURCE);
		return hits.stream().map(other -> {
			List<Reason> reasons = new ArrayList<>();
			shared(reasons, "fields", post.fieldCodes(), other.fieldCodes(), names.fields());
			shared(reasons, "skills", post.skillCodes(), other.skillCodes(), names.skills());
			Set<PostKind> common = EnumSet.noneOf(PostKind.class);
			common.addAll(kinds);
			common.retainAll(other.getKindSet());
			if (!common.isEmpty()) {
				reasons.add(new Reason("kinds", common.stream().map(names.kinds()::get).collect(Collectors.joining("、"))));
			}
			shared(reasons, "areas", post.areaCodes(), other.areaCodes(), names.areas());
			words(reasons, words, other.getText());
			float score = score(reasons);
			if (post.hasPeriod() && other.overlaps(post)) {
				reasons.add(new Reason("period", ""));
				score += PERIOD;
			}
			return new Suggestion(CounterpartType.POST, other.id(), other.title(), other.posterName(), reasons, score,
					null);
		}).toList();
	}

	private List<Suggestion> talent(MatchPost post, List<String> words, Names names) {
		return talent.suggestions(new TalentBank.Criteria(post.skillCodes(), post.fieldCodes(), post.areaCodes(), words),
				PER_SOURCE).stream().map(candidate -> {
					List<Reason> reasons = new ArrayList<>();
					shared(reasons, "fields", post.fieldCodes(), candidate.fields(), names.fields());
					shared(reasons, "skills", post.skillCodes(), candidate.skills(), names.skills());
					// A supporter is the people and the know-how a need may ask for.
					List<String> answered = post.getKindSet().stream().filter(SUPPORTER_KINDS::contains)
						.map(names.kinds()::get).toList();
					if (!answered.isEmpty()) {
						reasons.add(new Reason("kinds", String.join("、", answered)));
					}
					shared(reasons, "areas", post.areaCodes(), candidate.areas(), names.areas());
					words(reasons, words, candidate.text());
					String skills = candidate.skills().stream().map(c -> names.skills().getOrDefault(c, c))
						.collect(Collectors.joining("、"));
					return new Suggestion(CounterpartType.TALENT, candidate.id(), candidate.displayName(), skills,
							reasons, score(reasons), null);
				}).toList();
	}

	private List<Suggestion> groups(MatchPost post, List<String> words, Names names) {
		Set<String> offers = new LinkedHashSet<>();
		Set<String> seeks = new LinkedHashSet<>();
		for (PostKind kind : post.getKindSet()) {
			(post.side() == PostSide.NEED ? offers : seeks).addAll(
					post.side() == PostSide.NEED ? kind.groupOffers : kind.groupSeeks);
		}
		List<GroupMatch> matches = groups.matching(post.fieldCodes(), post.areaCodes(), offers, seeks, words,
				Map.of("fields", FIELDS, "areas", AREAS, "kinds", KINDS, "words", WORDS), PER_SOURCE);
		return matches.stream().map(match -> {
			List<Reason> reasons = new ArrayList<>();
			shared(reasons, "fields", post.fieldCodes(), match.group().fields(), names.fields());
			Set<String> categories = new LinkedHashSet<>(post.side() == PostSide.NEED ? match.offers() : match.seeks());
			categories.retainAll(post.side() == PostSide.NEED ? offers : seeks);
			if (!categories.isEmpty()) {
				reasons.add(new Reason(post.side() == PostSide.NEED ? "groupOffers" : "groupSeeks",
						categories.stream().map(c -> names.groupCategories().getOrDefault(
								(post.side() == PostSide.NEED ? "offer." : "seek.") + c, c)).collect(
										Collectors.joining("、"))));
			}
			shared(reasons, "areas", post.areaCodes(), match.group().areas(), names.areas());
			words(reasons, words, match.text());
			return new Suggestion(CounterpartType.GROUP, match.group().id(), match.group().name(),
					match.group().summary(), reasons, score(reasons), null);
		}).toList();
	}

	private static void shared(List<Reason> reasons, String key, Set<String> mine, Collection<String> theirs,
			Map<String, String> names) {
		List<String> common = mine.stream().filter(theirs::contains).sorted().map(c -> names.getOrDefault(c, c)).toList();
		if (!common.isEmpty()) {
			reasons.add(new Reason(key, String.join("、", common)));
		}
	}

	private static void words(List<Reason> reasons, List<String> words, String text) {
		String normalised = JapaneseText.normalize(text);
		List<String> found = words.stream().filter(normalised::contains).toList();
		if (!found.isEmpty()) {
			reasons.add(new Reason("words", String.join("、", found)));
		}
	}

	/** The score the reasons give, with the weights of the search, so that the sources compare. */
	private static float score(List<Reason> reasons) {
		float score = 0;
		for (Reason reason : reasons) {
			int count = reason.values().isEmpty() ? 1 : reason.values().split("、").length;
			score += count * switch (reason.key()) {
				case "fields" -> FIELDS;
				case "skills" -> SKILLS;
				case "kinds", "groupOffers", "groupSeeks" -> KINDS;
				case "areas" -> AREAS;
				case "period" -> PERIOD;
				default -> WORDS;
			};
		}
		return score;
	}
}
