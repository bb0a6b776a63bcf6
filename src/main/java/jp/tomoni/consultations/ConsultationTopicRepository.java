package jp.tomoni.consultations;

import java.util.List;

import org.springframework.data.jpa.repository.Query;

interface ConsultationTopicRepository extends ListRepository<ConsultationTopic> {

	@Override
	@Query("select e from ConsultationTopic e order by e.sortOrder, e.code")
	List<ConsultationTopic> inOrder();
}
