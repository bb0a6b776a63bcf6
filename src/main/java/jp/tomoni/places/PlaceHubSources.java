package jp.tomoni.places;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jp.tomoni.municipality.Municipalities;
import jp.tomoni.opendata.OpenDataset;
import jp.tomoni.search.SearchSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Where places appear outside their own pages: the site-wide search and the open-data page. */
final class PlaceHubSources {

	private PlaceHubSources() {
	}

	/** Published places in the search box of every page. */
	@Component
	static class Search implements SearchSource {

		private final Places places;

		Search(Places places) {
			this.places = places;
		}

		@Override
		public String type() {
			return "places";
		}

		@Override
		public int order() {
			return 30;
		}

		@Override
		public Page search(String query, int page, int size) {
			PlaceSearchResult result = places.search(new PlaceQuery(query, null, null, page, Math.max(size, 1)),
					Locale.JAPANESE);
			return new Page(result.total(),
					result.items()
						.stream()
						.limit(size)
						.map(place -> new Hit(Long.toString(place.id()), place.values().name(),
								place.values().description() == null ? "" : place.values().description(),
								"/places/" + place.id(), null, place.kindName() + " " + place.values().address()))
						.toList());
		}
	}

	/** The places dataset of the open-data page (downloads served by {@code PlaceOpenDataController}). */
	@Component
	static class Dataset implements OpenDataset {

		private final PlaceRepository places;

		private final Municipalities municipalities;

		Dataset(PlaceRepository places, Municipalities municipalities) {
			this.places = places;
			this.municipalities = municipalities;
		}

		@Override
		public String id() {
			return "places";
		}

		@Override
		public String titleKey() {
			return "opendata.places.title";
		}

		@Override
		public String descriptionKey() {
			return "opendata.places.description";
		}

		@Override
		public List<Download> downloads() {
			return List.of(new Download("CSV", "/opendata/places.csv", "opendata.format.csvBom"),
					new Download("JSON", "/opendata/places.json", "opendata.format.json"));
		}

		@Override
		public List<Column> columns() {
			return PlaceOpenDataController.COLUMNS.stream()
				.map(name -> new Column(name, "opendata.column.standard"))
				.toList();
		}

		@Override
		@Transactional(readOnly = true)
		public Optional<Instant> lastModified() {
			return Optional.ofNullable(places.lastUpdate(municipalities.current().code()));
		}
	}
}
