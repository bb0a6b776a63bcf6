package jp.tomoni.consultations;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConsultationDeskRepository extends JpaRepository<ConsultationDesk, String> {

	@Query("select e from ConsultationDesk e order by e.sortOrder, e.code")
	List<ConsultationDesk> inOrder();
}
