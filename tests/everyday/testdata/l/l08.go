package main

import (
	"errors"
	"fmt"
	"strings"
)

// Interfaces the service depends on.
type UserStore interface {
	FindEmail(userID int) (string, error)
}

type Mailer interface {
	Send(to, subject, body string) error
}

type Logger interface {
	Logf(format string, args ...any)
}

var ErrNoUser = errors.New("user not found")

// Concrete in-memory implementations.
type memUsers map[int]string

func (m memUsers) FindEmail(id int) (string, error) {
	if e, ok := m[id]; ok {
		return e, nil
	}
	return "", fmt.Errorf("id %d: %w", id, ErrNoUser)
}

type recordingMailer struct {
	sent   []string
	failOn string
}

func (r *recordingMailer) Send(to, subject, body string) error {
	if strings.HasSuffix(to, r.failOn) {
		return fmt.Errorf("smtp: relay denied for %s", to)
	}
	r.sent = append(r.sent, fmt.Sprintf("%s | %s | %s", to, subject, body))
	return nil
}

type prefixLogger struct {
	prefix string
	lines  []string
}

func (p *prefixLogger) Logf(format string, args ...any) {
	p.lines = append(p.lines, p.prefix+fmt.Sprintf(format, args...))
}

// ReminderService receives all its collaborators through the constructor.
type ReminderService struct {
	users  UserStore
	mailer Mailer
	log    Logger
}

func NewReminderService(u UserStore, m Mailer, l Logger) *ReminderService {
	return &ReminderService{users: u, mailer: m, log: l}
}

func (s *ReminderService) RemindAll(ids []int, invoice string) (sent int, err error) {
	var errs []error
	for _, id := range ids {
		email, e := s.users.FindEmail(id)
		if e != nil {
			s.log.Logf("skip user %d: %v", id, e)
			errs = append(errs, e)
			continue
		}
		if e := s.mailer.Send(email, "Payment reminder", "Invoice "+invoice+" is due"); e != nil {
			s.log.Logf("send failed for %s: %v", email, e)
			errs = append(errs, e)
			continue
		}
		s.log.Logf("reminded %s", email)
		sent++
	}
	return sent, errors.Join(errs...)
}

func main() {
	users := memUsers{1: "ann@example.com", 2: "bob@blocked.test", 3: "cat@example.com"}
	mailer := &recordingMailer{failOn: "@blocked.test"}
	logger := &prefixLogger{prefix: "[reminder] "}

	svc := NewReminderService(users, mailer, logger)
	sent, err := svc.RemindAll([]int{1, 2, 3, 4}, "INV-2024-007")

	fmt.Println("sent:", sent)
	if err != nil {
		fmt.Printf("errors:\n%v\n", err)
		fmt.Println("contains ErrNoUser:", errors.Is(err, ErrNoUser))
	}
	fmt.Println("outbox:")
	for _, m := range mailer.sent {
		fmt.Println("  ", m)
	}
	fmt.Println("log:")
	for _, l := range logger.lines {
		fmt.Println("  ", l)
	}

	// Compile-time interface satisfaction checks.
	var _ UserStore = memUsers(nil)
	var _ Mailer = (*recordingMailer)(nil)
	var _ Logger = (*prefixLogger)(nil)
}
