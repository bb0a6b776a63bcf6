package jp.tomoni.consultations;

import java.util.List;

import jp.tomoni.shared.MasterListEntry;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** The repository of a list of the log (desks, topics), in its order. */
@NoRepositoryBean
interface ListRepository<E extends MasterListEntry> extends JpaRepository<E, String> {

	List<E> inOrder();
}
