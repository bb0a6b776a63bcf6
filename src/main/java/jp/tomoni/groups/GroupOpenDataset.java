package jp.tomoni.groups;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import jp.tomoni.municipality.Municipalities;
import jp.tomoni.opendata.OpenDataset;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's public fields as an open dataset: the existing public downloads {@code /groups/export.csv} and
 * {@code .json} (approved groups only; contact details only where the group made them public), listed on the
 * open-data page (docs/decisions/0045).
 */
@Component
class GroupOpenDataset implements OpenDataset {

	private final GroupRepository groups;

	private final Municipalities municipalities;

	GroupOpenDataset(GroupRepository groups, Municipalities municipalities) {
		this.groups = groups;
		this.municipalities = municipalities;
	}

	@Override
	public String id() {
		return "groups";
	}

	@Override
	public String titleKey() {
		return "opendata.groups.title";
	}

	@Override
	public String descriptionKey() {
		return "opendata.groups.description";
	}

	@Override
	public List<Download> downloads() {
		return List.of(new Download("CSV", "/groups/export.csv", "opendata.format.csvBom"),
				new Download("JSON", "/groups/export.json", "opendata.format.json"));
	}

	@Override
	public List<Column> columns() {
		return IntStream.range(0, GroupExportController.COLUMNS.size())
			.mapToObj(i -> new Column(GroupExportController.COLUMNS.get(i), "opendata.groups.column." + (i + 1)))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Instant> lastModified() {
		return Optional.ofNullable(groups.lastUpdate(municipalities.current().code(), GroupStatus.APPROVED));
	}
}
