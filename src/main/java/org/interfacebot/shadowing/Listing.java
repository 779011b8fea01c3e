package org.interfacebot.shadowing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.interfacebot.chat.Person;

/** One person's offer or request of a shadowing session. */
@Entity
@Table(name = "shadowing_listing")
final class Listing {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Kind kind;

  @Column(name = "tenant_id")
  private String tenantId;

  @Column(name = "person_key", nullable = false)
  private String personKey;

  @Column(name = "teams_user_id", nullable = false)
  private String teamsUserId;

  @Column(name = "person_name", length = 200)
  private String personName;

  @Column(name = "role_name", nullable = false, length = 200)
  private String role;

  @Column(length = 200)
  private String specialty;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Care care;

  @Column(nullable = false, length = 500)
  private String availability;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** The form it was saved from, to save it once however often Save is clicked; none before. */
  @Column(name = "form_id", length = FORM_ID_LIMIT)
  private String formId;

  static final int FORM_ID_LIMIT = 36;

  protected Listing() {}

  Listing(Kind kind, String tenantId, Person person, Details details, String formId, Instant now) {
    this.kind = kind;
    this.tenantId = tenantId;
    this.personKey = person.key();
    this.teamsUserId = person.id();
    this.personName = person.name();
    this.role = details.role();
    this.specialty = details.specialty();
    this.care = details.care();
    this.availability = details.availability();
    this.createdAt = now;
    this.formId = formId;
  }

  /** What a person typed into the form, already checked. */
  record Details(String role, String specialty, Care care, String availability) {}

  long id() {
    return id;
  }

  Instant createdAt() {
    return createdAt;
  }

  Kind kind() {
    return kind;
  }

  String tenantId() {
    return tenantId;
  }

  String personKey() {
    return personKey;
  }

  Person person() {
    return new Person(teamsUserId, personKey, personName);
  }

  String role() {
    return role;
  }

  String specialty() {
    return specialty;
  }

  Care care() {
    return care;
  }

  String availability() {
    return availability;
  }

  /**
   * Whether the two fit: opposite kinds, opposite sides of the interface, different people and,
   * where both name a specialty, a word in common (cardiology / "cardiology clinic").
   */
  boolean fits(Listing other) {
    return kind != other.kind
        && care != other.care
        && !personKey.equals(other.personKey)
        && java.util.Objects.equals(tenantId, other.tenantId)
        && specialtiesOverlap(other);
  }

  private boolean specialtiesOverlap(Listing other) {
    if (specialty == null || other.specialty == null) {
      return true;
    }
    Set<String> mine = words(specialty);
    return words(other.specialty).stream().anyMatch(mine::contains);
  }

  private static Set<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.UK).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> w.length() > 2 && !Set.of("and", "the", "care").contains(w))
        .collect(Collectors.toSet());
  }
}
