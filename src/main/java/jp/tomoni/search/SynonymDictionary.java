package jp.tomoni.search;

import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jp.tomoni.municipality.Municipalities;
import jp.tomoni.shared.JapaneseText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The civic vocabulary a search treats as equivalent (子ども／子供／こども, 高齢者／シニア …): presets shipped for
 * every municipality plus the groups its administrators add. Expanded at query time, so a change applies at once
 * and needs no re-index.
 */
@Service
public class SynonymDictionary {

	public static final int MAX_TERMS_LENGTH = 1000;

	private final SearchSynonymRepository repository;

	private final Municipalities municipalities;

	private final Clock clock;

	private volatile Map<String, Set<String>> equivalents;

	SynonymDictionary(SearchSynonymRepository repository, Municipalities municipalities, Clock clock) {
		this.repository = repository;
		this.municipalities = municipalities;
		this.clock = clock;
	}

	/**
	 * The word and every word in a group with it, normalised (NFKC, lower case); the word itself first. Hiragana
	 * and katakana spellings of a word find the same group (こども, コドモ), and so does its reading (びじゅつ finds the
	 * group of 美術 and アート).
	 */
	public Set<String> equivalentsOf(String word) {
		String normalised = normalise(word);
		Set<String> result = new LinkedHashSet<>();
		result.add(normalised);
		result.addAll(dictionary().getOrDefault(JapaneseText.toKatakana(normalised), Set.of()));
		return result;
	}

	@Transactional(readOnly = true)
	public List<SynonymGroupView> groups() {
		return repository.findForMunicipality(municipalities.current().code())
			.stream()
			.map(s -> new SynonymGroupView(s.id(), split(s.terms()), s.isPreset()))
			.toList();
	}

	/**
	 * Adds a group of equivalent words, given separated by commas, 、 or spaces. Returns the words kept, or throws
	 * {@link IllegalArgumentException} with a message code when fewer than two remain or the text is too long.
	 */
	@Transactional
	public List<String> add(String input) {
		String normalised = JapaneseText.normalize(input == null ? "" : input);
		if (normalised.length() > MAX_TERMS_LENGTH) {
			throw new IllegalArgumentException("synonyms.tooLong");
		}
		List<String> terms = split(normalised);
		if (terms.size() < 2) {
			throw new IllegalArgumentException("synonyms.tooFew");
		}
		repository.save(new SearchSynonym(municipalities.current().code(), String.join(",", terms), clock.instant()));
		equivalents = null;
		return terms;
	}

	/** Removes a group the municipality added; presets stay. */
	@Transactional
	public boolean remove(long id) {
		return repository.findById(id).filter(s -> !s.isPreset()).map(s -> {
			repository.delete(s);
			equivalents = null;
			return true;
		}).orElse(false);
	}

	private Map<String, Set<String>> dictionary() {
		Map<String, Set<String>> current = equivalents;
		if (current == null) {
			current = load();
			equivalents = current;
		}
		return current;
	}

	private Map<String, Set<String>> load() {
		Map<String, Set<String>> map = new HashMap<>();
		for (SearchSynonym synonym : repository.findForMunicipality(municipalities.current().code())) {
			List<String> terms = split(synonym.terms()).stream().map(SynonymDictionary::normalise).toList();
			for (String term : terms) {
				map.computeIfAbsent(JapaneseText.toKatakana(term), k -> new LinkedHashSet<>()).addAll(terms);
				map.computeIfAbsent(readingOf(term), k -> new LinkedHashSet<>()).addAll(terms);
			}
		}
		map.replaceAll((k, v) -> Set.copyOf(v));
		return Map.copyOf(map);
	}

	/**
	 * Whether two words are spellings of one word rather than synonyms: they read the same (子供, 子ども and こども
	 * are one word; 児童 is a synonym of it).
	 */
	public static boolean sameWord(String a, String b) {
		return a.equals(b) || readingOf(a).equals(readingOf(b));
	}

	/** A word's reading in katakana, as the reading fields index it. */
	static String readingOf(String word) {
		return JapaneseReadingCharFilterFactory.readingOf(word).toLowerCase(Locale.ROOT);
	}

	static List<String> split(String terms) {
		return Arrays.stream(JapaneseText.normalize(terms).split("[,、，\\s]+"))
			.map(String::strip)
			.filter(t -> !t.isEmpty())
			.distinct()
			.toList();
	}

	private static String normalise(String word) {
		return JapaneseText.normalize(word).toLowerCase(Locale.ROOT);
	}
}
