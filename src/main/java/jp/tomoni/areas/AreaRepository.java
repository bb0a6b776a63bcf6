package jp.tomoni.areas;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface AreaRepository extends ListCrudRepository<Area, Long> {

	List<Area> findByMunicipalityCodeOrderBySortOrderAsc(String municipalityCode);

	long countByMunicipalityCode(String municipalityCode);
}
