package jp.tomoni.projects;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CollaborationFormRepository extends JpaRepository<CollaborationForm, String> {

	@Query("select f from CollaborationForm f order by f.sortOrder, f.code")
	List<CollaborationForm> inOrder();
}
