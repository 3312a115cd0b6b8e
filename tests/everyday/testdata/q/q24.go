// q24: sync.Once / sync.OnceValue lazy initialization shared by many concurrent request handlers.
package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

type Config struct {
	Region   string
	Features []string
	Limits   map[string]int
}

type Service struct {
	loads    atomic.Int32
	cfgOnce  sync.Once
	cfg      *Config
	registry func() map[string]string // built with sync.OnceValue
	connect  func() (string, error)   // built with sync.OnceValues
	dials    atomic.Int32
}

func NewService() *Service {
	s := &Service{}
	s.registry = sync.OnceValue(func() map[string]string {
		s.loads.Add(1)
		return map[string]string{"users": "10.0.0.5:5432", "orders": "10.0.0.6:5432", "search": "10.0.0.9:9200"}
	})
	s.connect = sync.OnceValues(func() (string, error) {
		s.dials.Add(1)
		return "", fmt.Errorf("dial primary: connection refused")
	})
	return s
}

func (s *Service) Config() *Config {
	s.cfgOnce.Do(func() {
		s.loads.Add(1)
		s.cfg = &Config{
			Region:   "eu-central-1",
			Features: []string{"dark-mode", "fast-checkout", "beta-search"},
			Limits:   map[string]int{"rps": 500, "burst": 50},
		}
	})
	return s.cfg
}

type Response struct {
	ReqID   int
	Backend string
	Allowed bool
	Err     string
}

func (s *Service) Handle(reqID int, route string) Response {
	cfg := s.Config()
	addr, ok := s.registry()[route]
	if !ok {
		return Response{ReqID: reqID, Err: "no backend for " + route}
	}
	resp := Response{ReqID: reqID, Backend: addr, Allowed: reqID%cfg.Limits["burst"] != 0}
	if route == "search" && slices.Contains(cfg.Features, "beta-search") {
		if _, err := s.connect(); err != nil {
			resp.Err = err.Error()
		}
	}
	return resp
}

func main() {
	svc := NewService()
	routes := []string{"users", "orders", "search", "billing"}
	const n = 200
	responses := make([]Response, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			responses[i] = svc.Handle(i, routes[i%len(routes)])
		})
	}
	wg.Wait()

	fmt.Println("config loads + registry loads:", svc.loads.Load())
	fmt.Println("dial attempts:", svc.dials.Load())
	fmt.Println("region:", svc.Config().Region, "features:", strings.Join(svc.Config().Features, ","))
	byRoute := map[string]int{}
	errs := map[string]int{}
	denied := 0
	for _, r := range responses {
		if r.Backend != "" {
			byRoute[r.Backend]++
		}
		if r.Err != "" {
			errs[r.Err]++
		}
		if r.Backend != "" && !r.Allowed {
			denied++
		}
	}
	backends := make([]string, 0, len(byRoute))
	for b := range byRoute {
		backends = append(backends, b)
	}
	slices.Sort(backends)
	for _, b := range backends {
		fmt.Printf("backend %-14s requests=%d\n", b, byRoute[b])
	}
	errKeys := make([]string, 0, len(errs))
	for e := range errs {
		errKeys = append(errKeys, e)
	}
	slices.Sort(errKeys)
	for _, e := range errKeys {
		fmt.Printf("error %-40q x%d\n", e, errs[e])
	}
	fmt.Println("rate-limited requests:", denied)
	for _, i := range []int{0, 1, 2, 3, 50, 150} {
		r := responses[i]
		fmt.Printf("req %3d backend=%-14s allowed=%-5v err=%q\n", r.ReqID, r.Backend, r.Allowed, r.Err)
	}
}
