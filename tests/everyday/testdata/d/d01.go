package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// TLSConfig holds certificate paths for a secured listener.
type TLSConfig struct {
	CertFile string
	KeyFile  string
}

// Server is configured exclusively through functional options.
type Server struct {
	host         string
	port         int
	readTimeout  time.Duration
	writeTimeout time.Duration
	maxConns     int
	tls          *TLSConfig
	middleware   []string
}

type Option func(*Server) error

var ErrInvalidOption = errors.New("invalid option")

func WithHost(h string) Option {
	return func(s *Server) error {
		if strings.TrimSpace(h) == "" {
			return fmt.Errorf("%w: host must not be empty", ErrInvalidOption)
		}
		s.host = h
		return nil
	}
}

func WithPort(p int) Option {
	return func(s *Server) error {
		if p <= 0 || p > 65535 {
			return fmt.Errorf("%w: port %d out of range", ErrInvalidOption, p)
		}
		s.port = p
		return nil
	}
}

func WithTimeouts(read, write time.Duration) Option {
	return func(s *Server) error {
		if read <= 0 || write <= 0 {
			return fmt.Errorf("%w: timeouts must be positive", ErrInvalidOption)
		}
		s.readTimeout, s.writeTimeout = read, write
		return nil
	}
}

func WithMaxConns(n int) Option {
	return func(s *Server) error {
		s.maxConns = n
		return nil
	}
}

func WithTLS(cert, key string) Option {
	return func(s *Server) error {
		if cert == "" || key == "" {
			return fmt.Errorf("%w: TLS requires cert and key", ErrInvalidOption)
		}
		s.tls = &TLSConfig{CertFile: cert, KeyFile: key}
		return nil
	}
}

func WithMiddleware(names ...string) Option {
	return func(s *Server) error {
		s.middleware = append(s.middleware, names...)
		return nil
	}
}

// Production bundles several options into one preset.
func Production() Option {
	return func(s *Server) error {
		for _, o := range []Option{
			WithPort(443),
			WithTLS("/etc/certs/site.pem", "/etc/certs/site.key"),
			WithTimeouts(15*time.Second, 30*time.Second),
			WithMaxConns(10000),
			WithMiddleware("recover", "gzip", "metrics"),
		} {
			if err := o(s); err != nil {
				return err
			}
		}
		return nil
	}
}

func NewServer(opts ...Option) (*Server, error) {
	s := &Server{
		host:         "localhost",
		port:         8080,
		readTimeout:  5 * time.Second,
		writeTimeout: 10 * time.Second,
		maxConns:     100,
	}
	for i, opt := range opts {
		if err := opt(s); err != nil {
			return nil, fmt.Errorf("applying option #%d: %w", i+1, err)
		}
	}
	if s.maxConns < 1 {
		return nil, fmt.Errorf("validate: max connections must be >= 1, got %d", s.maxConns)
	}
	if s.tls != nil && s.port == 80 {
		return nil, errors.New("validate: TLS cannot be served on port 80")
	}
	return s, nil
}

func (s *Server) Addr() string { return fmt.Sprintf("%s:%d", s.host, s.port) }

func (s *Server) String() string {
	var b strings.Builder
	scheme := "http"
	if s.tls != nil {
		scheme = "https"
	}
	fmt.Fprintf(&b, "%s://%s", scheme, s.Addr())
	fmt.Fprintf(&b, " read=%v write=%v conns=%d", s.readTimeout, s.writeTimeout, s.maxConns)
	if len(s.middleware) > 0 {
		fmt.Fprintf(&b, " mw=[%s]", strings.Join(s.middleware, ","))
	}
	return b.String()
}

func main() {
	scenarios := []struct {
		name string
		opts []Option
	}{
		{"defaults", nil},
		{"custom host/port", []Option{WithHost("api.internal"), WithPort(9000)}},
		{"production preset", []Option{WithHost("shop.example.com"), Production()}},
		{"preset then override", []Option{Production(), WithMaxConns(50), WithMiddleware("auth")}},
		{"bad port", []Option{WithPort(70000)}},
		{"empty host", []Option{WithPort(8081), WithHost("   ")}},
		{"zero conns", []Option{WithMaxConns(0)}},
		{"tls on 80", []Option{WithPort(80), WithTLS("a.pem", "a.key")}},
		{"missing key", []Option{WithTLS("a.pem", "")}},
		{"bad timeouts", []Option{WithTimeouts(0, time.Second)}},
	}

	okCount := 0
	for _, sc := range scenarios {
		srv, err := NewServer(sc.opts...)
		if err != nil {
			fmt.Printf("%-22s ERROR %v (invalid option: %t)\n", sc.name, err, errors.Is(err, ErrInvalidOption))
			continue
		}
		okCount++
		fmt.Printf("%-22s OK    %s\n", sc.name, srv)
	}
	fmt.Printf("\n%d of %d configurations accepted\n", okCount, len(scenarios))
}
