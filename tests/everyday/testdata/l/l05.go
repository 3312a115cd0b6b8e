package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

type Server struct {
	addr         string
	readTimeout  time.Duration
	writeTimeout time.Duration
	maxConns     int
	tls          *TLSConfig
	tags         []string
}

type TLSConfig struct {
	CertFile, KeyFile string
}

type Option func(*Server) error

func WithTimeouts(read, write time.Duration) Option {
	return func(s *Server) error {
		if read <= 0 || write <= 0 {
			return fmt.Errorf("timeouts must be positive, got read=%v write=%v", read, write)
		}
		s.readTimeout, s.writeTimeout = read, write
		return nil
	}
}

func WithMaxConns(n int) Option {
	return func(s *Server) error {
		if n < 1 {
			return errors.New("max conns must be >= 1")
		}
		s.maxConns = n
		return nil
	}
}

func WithTLS(cert, key string) Option {
	return func(s *Server) error {
		if cert == "" || key == "" {
			return errors.New("tls requires cert and key")
		}
		s.tls = &TLSConfig{cert, key}
		return nil
	}
}

func WithTags(tags ...string) Option {
	return func(s *Server) error {
		s.tags = append(s.tags, tags...)
		return nil
	}
}

func NewServer(addr string, opts ...Option) (*Server, error) {
	s := &Server{
		addr:         addr,
		readTimeout:  5 * time.Second,
		writeTimeout: 10 * time.Second,
		maxConns:     100,
	}
	var errs []error
	for _, opt := range opts {
		if err := opt(s); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, fmt.Errorf("new server %s: %w", addr, err)
	}
	return s, nil
}

func (s *Server) String() string {
	scheme := "http"
	if s.tls != nil {
		scheme = "https"
	}
	tags := "-"
	if len(s.tags) > 0 {
		tags = strings.Join(s.tags, ",")
	}
	return fmt.Sprintf("%s://%s read=%v write=%v conns=%d tags=%s",
		scheme, s.addr, s.readTimeout, s.writeTimeout, s.maxConns, tags)
}

func main() {
	configs := []struct {
		name string
		addr string
		opts []Option
	}{
		{"defaults", ":8080", nil},
		{"tuned", ":9090", []Option{WithTimeouts(2*time.Second, 3*time.Second), WithMaxConns(500)}},
		{"secure", ":443", []Option{WithTLS("server.crt", "server.key"), WithTags("edge", "public")}},
		{"broken", ":1", []Option{WithTimeouts(0, time.Second), WithMaxConns(0), WithTLS("", "k")}},
		{"tagged", ":7000", []Option{WithTags("internal"), WithTags("metrics")}},
	}

	for _, c := range configs {
		srv, err := NewServer(c.addr, c.opts...)
		if err != nil {
			fmt.Printf("%-8s ERROR:\n", c.name)
			for _, line := range strings.Split(err.Error(), "\n") {
				fmt.Println("   ", line)
			}
			continue
		}
		fmt.Printf("%-8s %v\n", c.name, srv)
	}
}
