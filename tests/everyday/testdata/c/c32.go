// Structured audit logging for a login service with log/slog: JSON output,
// redaction via LogValuer, groups, custom levels and a runtime-adjustable level.
package main

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"strings"
)

const LevelAudit = slog.Level(2) // between INFO and WARN

type Secret string

func (Secret) LogValue() slog.Value { return slog.StringValue("[REDACTED]") }

type User struct {
	ID    int
	Email string
	Token Secret
	Roles []string
}

// LogValue exposes only what is safe to log, as a group.
func (u User) LogValue() slog.Value {
	local, domain, _ := strings.Cut(u.Email, "@")
	masked := local[:1] + strings.Repeat("*", len(local)-1) + "@" + domain
	return slog.GroupValue(
		slog.Int("id", u.ID),
		slog.String("email", masked),
		slog.Any("token", u.Token),
		slog.Int("roles", len(u.Roles)),
	)
}

var levelNames = map[slog.Level]string{LevelAudit: "AUDIT"}

func newLogger(level *slog.LevelVar) *slog.Logger {
	h := slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		Level: level,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			switch {
			case a.Key == slog.TimeKey && len(groups) == 0:
				return slog.Attr{}
			case a.Key == slog.LevelKey:
				lvl := a.Value.Any().(slog.Level)
				if name, ok := levelNames[lvl]; ok {
					a.Value = slog.StringValue(name)
				}
			case a.Key == "password":
				a.Value = slog.StringValue("***")
			}
			return a
		},
	})
	return slog.New(h)
}

var (
	ErrBadPassword = errors.New("bad password")
	ErrLocked      = errors.New("account locked")
)

type AuthService struct {
	log      *slog.Logger
	users    map[string]User
	pw       map[string]string
	failures map[string]int
}

func (s *AuthService) Login(ctx context.Context, email, password, ip string) error {
	log := s.log.With(slog.Group("req", "ip", ip, "op", "login"))
	log.DebugContext(ctx, "login attempt", "email", email, "password", password)
	u, ok := s.users[email]
	if !ok {
		log.WarnContext(ctx, "unknown account", "email_domain", email[strings.IndexByte(email, '@')+1:])
		return ErrBadPassword
	}
	if s.failures[email] >= 3 {
		log.Log(ctx, LevelAudit, "login blocked", "user", u, "failures", s.failures[email])
		return ErrLocked
	}
	if s.pw[email] != password {
		s.failures[email]++
		log.WarnContext(ctx, "wrong password", "user", u, "failures", s.failures[email])
		return ErrBadPassword
	}
	s.failures[email] = 0
	log.Log(ctx, LevelAudit, "login ok", "user", u, "roles", u.Roles)
	return nil
}

func main() {
	level := new(slog.LevelVar) // defaults to INFO
	logger := newLogger(level)
	slog.SetDefault(logger)

	svc := &AuthService{
		log: logger.WithGroup("auth"),
		users: map[string]User{
			"ana@example.com":  {1, "ana@example.com", "tok-ana-9f8e", []string{"admin", "dev"}},
			"ravi@example.com": {2, "ravi@example.com", "tok-ravi-1a2b", []string{"dev"}},
		},
		pw:       map[string]string{"ana@example.com": "correct horse", "ravi@example.com": "hunter2"},
		failures: map[string]int{},
	}
	ctx := context.Background()

	slog.Info("service starting", "version", "1.8.0", slog.Group("limits", "max_failures", 3))
	attempts := []struct{ email, pw, ip string }{
		{"ana@example.com", "correct horse", "10.0.0.1"},
		{"ravi@example.com", "hunter3", "10.0.0.2"},
		{"ravi@example.com", "Hunter2", "10.0.0.2"},
		{"nobody@corp.test", "x", "198.51.100.4"},
	}
	for _, a := range attempts {
		_ = svc.Login(ctx, a.email, a.pw, a.ip)
	}

	slog.Info("enabling debug logging")
	level.Set(slog.LevelDebug)
	for range 2 {
		err := svc.Login(ctx, "ravi@example.com", "hunter1", "10.0.0.2")
		if errors.Is(err, ErrLocked) {
			slog.Error("account locked out", "user_id", svc.users["ravi@example.com"].ID)
		}
	}
	err := svc.Login(ctx, "ravi@example.com", "hunter2", "10.0.0.2")
	slog.Info("correct password after lockout", "err", err)

	level.Set(LevelAudit)
	slog.Info("this info line is filtered out")
	_ = svc.Login(ctx, "ana@example.com", "correct horse", "10.0.0.9")
	slog.Warn("shutting down", "reason", "end of demo")
}
