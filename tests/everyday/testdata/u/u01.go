package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

type Server struct {
	Host        string
	Port        int
	Timeout     time.Duration
	MaxConns    int
	TLS         bool
	Middlewares []string
}

type Option func(*Server)

func WithHost(h string) Option { return func(s *Server) { s.Host = h } }

func WithPort(p int) Option { return func(s *Server) { s.Port = p } }

func WithTimeout(d time.Duration) Option { return func(s *Server) { s.Timeout = d } }

func WithMaxConns(n int) Option { return func(s *Server) { s.MaxConns = n } }

func WithTLS() Option { return func(s *Server) { s.TLS = true } }

func WithMiddleware(names ...string) Option {
	return func(s *Server) { s.Middlewares = append(s.Middlewares, names...) }
}

var ErrInvalidConfig = errors.New("invalid server config")

func NewServer(opts ...Option) (*Server, error) {
	s := &Server{
		Host:     "localhost",
		Port:     8080,
		Timeout:  30 * time.Second,
		MaxConns: 100,
	}
	for _, opt := range opts {
		opt(s)
	}
	var problems []string
	if s.Port <= 0 || s.Port > 65535 {
		problems = append(problems, fmt.Sprintf("port %d out of range", s.Port))
	}
	if s.MaxConns < 1 {
		problems = append(problems, "max conns must be positive")
	}
	if s.TLS && s.Port == 80 {
		problems = append(problems, "tls on port 80")
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("%w: %s", ErrInvalidConfig, strings.Join(problems, "; "))
	}
	return s, nil
}

func (s *Server) Addr() string {
	scheme := "http"
	if s.TLS {
		scheme = "https"
	}
	return fmt.Sprintf("%s://%s:%d", scheme, s.Host, s.Port)
}

func (s *Server) String() string {
	return fmt.Sprintf("Server(%s, timeout=%v, max=%d, mw=%v)", s.Addr(), s.Timeout, s.MaxConns, s.Middlewares)
}

func main() {
	configs := []struct {
		name string
		opts []Option
	}{
		{"defaults", nil},
		{"prod", []Option{WithHost("api.example.com"), WithPort(443), WithTLS(), WithTimeout(5 * time.Second), WithMiddleware("auth", "gzip")}},
		{"bad-port", []Option{WithPort(70000)}},
		{"bad-many", []Option{WithPort(80), WithTLS(), WithMaxConns(0)}},
		{"staging", []Option{WithHost("staging.local"), WithMiddleware("log"), WithMiddleware("trace"), WithTimeout(1500 * time.Millisecond)}},
	}

	var ok []*Server
	for _, c := range configs {
		srv, err := NewServer(c.opts...)
		if err != nil {
			fmt.Printf("%-10s error: %v (is invalid: %t)\n", c.name, err, errors.Is(err, ErrInvalidConfig))
			continue
		}
		ok = append(ok, srv)
		fmt.Printf("%-10s %s\n", c.name, srv)
	}

	fmt.Println("servers created:", len(ok))
	for i, s := range ok {
		fmt.Printf("%d: %+v\n", i, *s)
	}

	// options can be composed into presets
	preset := func(extra ...Option) []Option {
		base := []Option{WithHost("internal"), WithMaxConns(10)}
		return append(base, extra...)
	}
	s, err := NewServer(preset(WithPort(9000), WithMiddleware("metrics"))...)
	fmt.Println(s, err)
	fmt.Printf("%T %v %.1f\n", s.Timeout, s.Timeout, s.Timeout.Seconds())
}
