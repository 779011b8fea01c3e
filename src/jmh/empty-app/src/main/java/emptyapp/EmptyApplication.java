package emptyapp;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** An empty Spring Boot application with one JPA entity on H2 and one empty POST endpoint. */
@SpringBootApplication
public class EmptyApplication {

  public static void main(String[] args) {
    SpringApplication.run(EmptyApplication.class, args);
  }

  @Entity
  public static class Note {
    @Id @GeneratedValue Long id;
  }

  public interface Notes extends JpaRepository<Note, Long> {}

  @RestController
  static class Empty {
    @PostMapping("/api/messages")
    void post(@RequestBody String body) {}
  }
}
