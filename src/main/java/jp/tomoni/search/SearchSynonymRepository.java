package jp.tomoni.search;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SearchSynonymRepository extends ListCrudRepository<SearchSynonym, Long> {

	@Query("select s from SearchSynonym s where s.municipalityCode is null or s.municipalityCode = ?1 order by s.id")
	List<SearchSynonym> findForMunicipality(String municipalityCode);
}
