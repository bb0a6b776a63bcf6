package jp.tomoni.areas;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface AreaRepository extends ListCrudRepository<Area, Long> {

	List<Area> findByMunicipalityCodeOrderBySortOrderAsc(String municipalityCode);

	long countByMunicipalityCode(String municipalityCode);

	Optional<Area> findByMunicipalityCodeAndCode(String municipalityCode, String code);

	boolean existsByMunicipalityCodeAndParentCode(String municipalityCode, String parentCode);
}
