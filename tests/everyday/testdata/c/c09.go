// Lazily built lookup tables shared by concurrent workers via sync.OnceValue,
// sync.OnceValues and sync.OnceFunc.
package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

var buildCount atomic.Int32

// countryTable is built at most once, no matter how many goroutines ask.
var countryTable = sync.OnceValue(func() map[string]string {
	buildCount.Add(1)
	raw := "DE:Germany,FR:France,JP:Japan,BR:Brazil,KE:Kenya,CA:Canada,IN:India"
	m := make(map[string]string)
	for pair := range strings.SplitSeq(raw, ",") {
		code, name, _ := strings.Cut(pair, ":")
		m[code] = name
	}
	return m
})

// primes is an expensive computation returning a value and an error.
var primes = sync.OnceValues(func() ([]int, error) {
	const limit = 200
	sieve := make([]bool, limit+1)
	var out []int
	for i := 2; i <= limit; i++ {
		if sieve[i] {
			continue
		}
		out = append(out, i)
		for j := i * i; j <= limit; j += i {
			sieve[j] = true
		}
	}
	if len(out) == 0 {
		return nil, errors.New("no primes")
	}
	return out, nil
})

type Service struct {
	mu       sync.Mutex
	log      []string
	shutdown func()
	closed   atomic.Bool
}

func NewService() *Service {
	s := &Service{}
	s.shutdown = sync.OnceFunc(func() {
		s.closed.Store(true)
		s.record("shutdown: flushing buffers")
		s.record("shutdown: closing connections")
	})
	return s
}

func (s *Service) record(msg string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.log = append(s.log, msg)
}

type result struct {
	worker int
	code   string
	name   string
	prime  bool
}

func main() {
	svc := NewService()
	requests := []string{"JP", "DE", "XX", "KE", "BR", "FR", "CA", "IN", "ZZ", "DE"}
	results := make([]result, len(requests))

	var wg sync.WaitGroup
	for i, code := range requests {
		wg.Go(func() {
			tbl := countryTable()
			name, ok := tbl[code]
			if !ok {
				name = "<unknown>"
			}
			ps, err := primes()
			if err != nil {
				panic(err)
			}
			_, isPrime := slices.BinarySearch(ps, i*7+3)
			results[i] = result{worker: i, code: code, name: name, prime: isPrime}
		})
	}
	wg.Wait()

	for _, r := range results {
		fmt.Printf("worker %d: %s -> %-10s (id %3d prime=%v)\n", r.worker, r.code, r.name, r.worker*7+3, r.prime)
	}
	fmt.Println("country table built", buildCount.Load(), "time(s) for", len(requests), "lookups")

	ps, _ := primes()
	fmt.Println("primes below 200:", len(ps), "largest:", ps[len(ps)-1])
	fmt.Println("first ten:", ps[:10])

	// Many goroutines race to shut the service down; the body runs once.
	var sd sync.WaitGroup
	for range 8 {
		sd.Go(svc.shutdown)
	}
	sd.Wait()
	svc.shutdown()
	fmt.Println("closed:", svc.closed.Load())
	for i, l := range svc.log {
		fmt.Printf("log[%d] %s\n", i, l)
	}

	// OnceValue also caches panics: every call re-panics with the same value.
	fragile := sync.OnceValue(func() int {
		buildCount.Add(100)
		panic("config not found")
	})
	for attempt := range 3 {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Printf("attempt %d recovered: %v\n", attempt+1, r)
				}
			}()
			_ = fragile()
		}()
	}
	fmt.Println("build counter now", buildCount.Load())
}
