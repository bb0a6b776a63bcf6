package jp.tomoni.areas;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jp.tomoni.municipality.Municipalities;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Facade of the areas module: the wards and districts of the current municipality, in their order. */
@Service
public class Areas {

	private final AreaRepository repository;

	private final Municipalities municipalities;

	Areas(AreaRepository repository, Municipalities municipalities) {
		this.repository = repository;
		this.municipalities = municipalities;
	}

	@Transactional(readOnly = true)
	public List<AreaView> all() {
		return repository.findByMunicipalityCodeOrderBySortOrderAsc(municipalities.current().code())
			.stream()
			.map(Area::toView)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<AreaView> find(String code) {
		return all().stream().filter(area -> area.code().equals(code)).findFirst();
	}

	/** The codes of the retired areas: kept for the groups that name them, no longer offered in forms. */
	@Transactional(readOnly = true)
	public Set<String> retiredCodes() {
		return repository.findByMunicipalityCodeOrderBySortOrderAsc(municipalities.current().code())
			.stream()
			.filter(Area::retired)
			.map(Area::code)
			.collect(Collectors.toUnmodifiableSet());
	}

	/** The codes among these that name no area of the current municipality. */
	@Transactional(readOnly = true)
	public Set<String> unknown(Collection<String> codes) {
		Set<String> known = all().stream().map(AreaView::code).collect(Collectors.toSet());
		return codes.stream().filter(code -> !known.contains(code)).collect(Collectors.toSet());
	}
}
