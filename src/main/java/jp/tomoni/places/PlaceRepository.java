package jp.tomoni.places;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlaceRepository extends JpaRepository<Place, Long> {

	Optional<Place> findByIdAndMunicipalityCode(long id, String municipalityCode);

	List<Place> findByMunicipalityCodeAndStatusOrderByNameKanaAscIdAsc(String municipalityCode, PlaceStatus status);

	Page<Place> findByMunicipalityCodeOrderByNameKanaAscIdAsc(String municipalityCode, Pageable pageable);

	Optional<Place> findBySourceAndSourceKey(String source, String sourceKey);

	List<Place> findBySourceAndSourceKeyIn(String source, List<String> sourceKeys);

	long countByKindCode(String kindCode);

	boolean existsByMunicipalityCode(String municipalityCode);

	@org.springframework.data.jpa.repository.Query("select max(p.updatedAt) from Place p where p.municipalityCode = :code")
	java.time.@org.jspecify.annotations.Nullable Instant lastUpdate(
			@org.springframework.data.repository.query.Param("code") String code);
}
