// Command j38 configures an HTTP-like server value with the functional
// options pattern: closures over a config struct, validation errors,
// defaults, and optional fields set with Go 1.26's new(expr).
package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

type Server struct {
	Addr         string
	ReadTimeout  time.Duration
	MaxConns     int
	TLS          bool
	Tags         []string
	RateLimit    *int    // nil means unlimited
	BannerSuffix *string // nil means no suffix
	middleware   []func(string) string
}

type Option func(*Server) error

func WithAddr(host string, port int) Option {
	return func(s *Server) error {
		if port <= 0 || port > 65535 {
			return fmt.Errorf("invalid port %d", port)
		}
		s.Addr = fmt.Sprintf("%s:%d", host, port)
		return nil
	}
}

func WithTimeout(d time.Duration) Option {
	return func(s *Server) error {
		if d <= 0 {
			return errors.New("timeout must be positive")
		}
		s.ReadTimeout = d
		return nil
	}
}

func WithMaxConns(n int) Option {
	return func(s *Server) error { s.MaxConns = n; return nil }
}

func WithTLS() Option { return func(s *Server) error { s.TLS = true; return nil } }

func WithTags(tags ...string) Option {
	return func(s *Server) error { s.Tags = append(s.Tags, tags...); return nil }
}

func WithRateLimit(perSec int) Option {
	return func(s *Server) error { s.RateLimit = new(perSec); return nil }
}

func WithBanner(suffix string) Option {
	return func(s *Server) error { s.BannerSuffix = new(strings.ToUpper(suffix)); return nil }
}

func WithMiddleware(f func(string) string) Option {
	return func(s *Server) error { s.middleware = append(s.middleware, f); return nil }
}

// Options can be composed into presets.
func Production() Option {
	return func(s *Server) error {
		for _, o := range []Option{WithTLS(), WithMaxConns(1000), WithTags("prod"), WithRateLimit(200)} {
			if err := o(s); err != nil {
				return err
			}
		}
		return nil
	}
}

func NewServer(opts ...Option) (*Server, error) {
	s := &Server{Addr: "localhost:8080", ReadTimeout: 5 * time.Second, MaxConns: 100}
	var errs []error
	for i, o := range opts {
		if err := o(s); err != nil {
			errs = append(errs, fmt.Errorf("option %d: %w", i, err))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *Server) Handle(req string) string {
	for _, m := range s.middleware {
		req = m(req)
	}
	return req
}

func (s *Server) String() string {
	limit, suffix := "unlimited", "-"
	if s.RateLimit != nil {
		limit = fmt.Sprintf("%d/s", *s.RateLimit)
	}
	if s.BannerSuffix != nil {
		suffix = *s.BannerSuffix
	}
	return fmt.Sprintf("addr=%s timeout=%v maxConns=%d tls=%t tags=%v limit=%s banner=%s",
		s.Addr, s.ReadTimeout, s.MaxConns, s.TLS, s.Tags, limit, suffix)
}

func main() {
	configs := map[string][]Option{
		"1-defaults": nil,
		"2-custom":   {WithAddr("0.0.0.0", 9000), WithTimeout(1500 * time.Millisecond), WithTags("api", "v2"), WithBanner("beta")},
		"3-prod":     {Production(), WithAddr("example.internal", 443), WithTags("eu")},
		"4-invalid":  {WithAddr("x", 70000), WithTimeout(-time.Second), WithMaxConns(5)},
	}
	for _, name := range []string{"1-defaults", "2-custom", "3-prod", "4-invalid"} {
		s, err := NewServer(configs[name]...)
		if err != nil {
			fmt.Printf("%s: error:\n  %s\n", name, strings.ReplaceAll(err.Error(), "\n", "\n  "))
			continue
		}
		fmt.Printf("%s: %v\n", name, s)
	}

	prefix := "[gw] "
	s, _ := NewServer(
		WithMiddleware(strings.TrimSpace),
		WithMiddleware(func(r string) string { return prefix + r }),
		WithMiddleware(strings.ToUpper),
	)
	prefix = "[edge] " // closures see the variable, not its value at creation
	fmt.Printf("%q\n", s.Handle("   get /index.html  "))

	n := 7
	p := new(n) // new(expr) copies the value; p does not alias n
	*p++
	fmt.Println("n =", n, "*p =", *p, "new(time.Minute * 2) =", *new(time.Minute * 2))
}
