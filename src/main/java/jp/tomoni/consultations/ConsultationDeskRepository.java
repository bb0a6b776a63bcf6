package jp.tomoni.consultations;

import java.util.List;

import org.springframework.data.jpa.repository.Query;

interface ConsultationDeskRepository extends ListRepository<ConsultationDesk> {

	@Override
	@Query("select e from ConsultationDesk e order by e.sortOrder, e.code")
	List<ConsultationDesk> inOrder();
}
