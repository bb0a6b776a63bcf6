package jp.tomoni.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jp.tomoni.shared.JapaneseText;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The search box of every page: the query is put to every {@link SearchSource}. Without a kind chosen, the result
 * holds each kind's count and its best few hits; with one chosen, a page of that kind and still every kind's count
 * (the type facet).
 */
@Service
public class SiteSearch {

	/** Hits per kind when no kind is chosen. */
	public static final int SECTION_SIZE = 5;

	public static final int MAX_SIZE = 100;

	/** How far page numbers reach in one kind, as in the directory. */
	public static final int MAX_WINDOW = 10_000;

	private final List<SearchSource> sources;

	SiteSearch(List<SearchSource> sources) {
		this.sources = sources.stream().sorted(Comparator.comparingInt(SearchSource::order)).toList();
	}

	/** The kinds, in the order of their sections. */
	public List<String> types() {
		return sources.stream().map(SearchSource::type).toList();
	}

	public Optional<SearchSource> source(String type) {
		return sources.stream().filter(source -> source.type().equals(type)).findFirst();
	}

	/**
	 * Searches every kind.
	 *
	 * @param type the kind chosen, or {@code null} for every kind's best hits
	 * @throws SearchRuleViolation when the query is empty, the kind unknown or the page beyond reach
	 */
	public Result search(@Nullable String q, @Nullable String type, int page, int size) {
		String query = JapaneseText.normalize(q);
		if (query == null || query.isBlank()) {
			throw new SearchRuleViolation("q", "siteSearch.q.required");
		}
		if (query.length() > 100) {
			throw new SearchRuleViolation("q", "siteSearch.q.tooLong", 100);
		}
		String chosen = type == null || type.isBlank() ? null : type.strip();
		if (chosen != null && source(chosen).isEmpty()) {
			throw new SearchRuleViolation("type", "siteSearch.type.unknown", String.join(", ", types()));
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new SearchRuleViolation("size", "siteSearch.size.outOfRange", MAX_SIZE);
		}
		if (page < 0 || (long) (page + 1) * size > MAX_WINDOW) {
			throw new SearchRuleViolation("page", "siteSearch.page.tooDeep", MAX_WINDOW);
		}
		List<Section> sections = new ArrayList<>();
		for (SearchSource source : sources) {
			boolean isChosen = source.type().equals(chosen);
			int wanted = chosen == null ? SECTION_SIZE : isChosen ? size : 0;
			SearchSource.Page found = source.search(query, isChosen ? page : 0, wanted);
			sections.add(new Section(source.type(), found.total(), found.hits()));
		}
		return new Result(query, chosen, page, chosen == null ? SECTION_SIZE : size, sections);
	}

	/**
	 * What a search found.
	 *
	 * @param type the kind chosen, or {@code null}
	 * @param sections every kind with its count, in order; hits only in the chosen kind's (or, with none chosen, in
	 *        every kind's: its best few)
	 */
	public record Result(String query, @Nullable String type, int page, int size, List<Section> sections) {

		public long total() {
			return sections.stream().mapToLong(Section::total).sum();
		}

		/** The chosen kind's section. */
		public Optional<Section> chosen() {
			return sections.stream().filter(section -> section.type().equals(type)).findFirst();
		}

		/** The number of pages of the chosen kind. */
		public int totalPages() {
			long reachable = Math.min(chosen().map(Section::total).orElse(0L), MAX_WINDOW);
			return (int) Math.max(1, (reachable + size - 1) / size);
		}
	}

	/** One kind's count and hits. */
	public record Section(String type, long total, List<SearchSource.Hit> hits) {
	}
}
