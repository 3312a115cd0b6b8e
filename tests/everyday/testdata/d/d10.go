package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Dependencies expressed as small interfaces.
type UserStore interface {
	Exists(email string) bool
	Save(u User) error
}

type Mailer interface {
	Send(to, subject, body string) error
}

type Clock interface {
	Now() time.Time
}

type IDGen interface {
	Next() string
}

type User struct {
	ID      string
	Email   string
	Name    string
	Created time.Time
}

var (
	ErrDuplicate = errors.New("email already registered")
	ErrInvalid   = errors.New("invalid input")
)

// SignupService is constructed with all dependencies injected.
type SignupService struct {
	store UserStore
	mail  Mailer
	clock Clock
	ids   IDGen
}

func NewSignupService(s UserStore, m Mailer, c Clock, g IDGen) *SignupService {
	return &SignupService{store: s, mail: m, clock: c, ids: g}
}

func (svc *SignupService) Register(name, email string) (User, error) {
	email = strings.ToLower(strings.TrimSpace(email))
	if name == "" || !strings.Contains(email, "@") {
		return User{}, fmt.Errorf("register %q: %w", email, ErrInvalid)
	}
	if svc.store.Exists(email) {
		return User{}, fmt.Errorf("register %q: %w", email, ErrDuplicate)
	}
	u := User{ID: svc.ids.Next(), Email: email, Name: name, Created: svc.clock.Now()}
	if err := svc.store.Save(u); err != nil {
		return User{}, fmt.Errorf("register %q: saving: %w", email, err)
	}
	body := fmt.Sprintf("Hi %s, your account %s was created at %s.", name, u.ID, u.Created.Format(time.RFC3339))
	if err := svc.mail.Send(email, "Welcome!", body); err != nil {
		// the account exists; a failed welcome mail is not fatal
		return u, fmt.Errorf("register %q: welcome mail: %w", email, err)
	}
	return u, nil
}

// ---- fakes used in place of real infrastructure ----

type memStore struct {
	users  map[string]User
	failOn string
}

func (m *memStore) Exists(email string) bool { _, ok := m.users[email]; return ok }
func (m *memStore) Save(u User) error {
	if u.Email == m.failOn {
		return errors.New("disk full")
	}
	m.users[u.Email] = u
	return nil
}

type sentMail struct{ To, Subject, Body string }

type fakeMailer struct {
	sent   []sentMail
	bounce map[string]bool
}

func (f *fakeMailer) Send(to, subject, body string) error {
	if f.bounce[to] {
		return fmt.Errorf("smtp: mailbox %s unavailable", to)
	}
	f.sent = append(f.sent, sentMail{to, subject, body})
	return nil
}

type fixedClock struct {
	t    time.Time
	step time.Duration
}

func (c *fixedClock) Now() time.Time {
	now := c.t
	c.t = c.t.Add(c.step)
	return now
}

type seqIDs struct{ n int }

func (s *seqIDs) Next() string { s.n++; return fmt.Sprintf("usr_%04d", s.n) }

func main() {
	store := &memStore{users: map[string]User{}, failOn: "crash@example.com"}
	mailer := &fakeMailer{bounce: map[string]bool{"ghost@example.com": true}}
	clock := &fixedClock{t: time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC), step: 90 * time.Second}
	svc := NewSignupService(store, mailer, clock, &seqIDs{})

	attempts := [][2]string{
		{"Ada", "ada@example.com"},
		{"Grace", "  Grace@Example.com "},
		{"Ada Again", "ADA@example.com"},
		{"", "nobody@example.com"},
		{"Bad", "not-an-email"},
		{"Casper", "ghost@example.com"},
		{"Crash", "crash@example.com"},
		{"Linus", "linus@example.com"},
	}

	for _, a := range attempts {
		u, err := svc.Register(a[0], a[1])
		switch {
		case err == nil:
			fmt.Printf("OK        %s %-20s %s\n", u.ID, u.Email, u.Created.Format("15:04:05"))
		case errors.Is(err, ErrDuplicate):
			fmt.Printf("DUPLICATE %v\n", err)
		case errors.Is(err, ErrInvalid):
			fmt.Printf("INVALID   %v\n", err)
		case u.ID != "":
			fmt.Printf("PARTIAL   %s created, but %v\n", u.ID, err)
		default:
			fmt.Printf("FAILED    %v\n", err)
		}
	}

	fmt.Printf("\nstored users: %d\n", len(store.users))
	fmt.Printf("mails sent: %d\n", len(mailer.sent))
	for _, m := range mailer.sent {
		fmt.Printf("  to=%s subject=%q\n    %s\n", m.To, m.Subject, m.Body)
	}
}
