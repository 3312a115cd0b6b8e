package main

import (
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Workers int
	loads   int
}

var (
	cfgOnce sync.Once
	cfg     *Config
	loads   atomic.Int32
)

func GetConfig() *Config {
	cfgOnce.Do(func() {
		loads.Add(1)
		cfg = &Config{Name: "prod", Workers: 4, loads: int(loads.Load())}
	})
	return cfg
}

type Stats struct {
	mu     sync.Mutex
	counts map[string]int
}

func (s *Stats) Inc(key string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.counts[key]++
}

func main() {
	var wg sync.WaitGroup
	configs := make([]*Config, 10)
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			configs[i] = GetConfig()
		}()
	}
	wg.Wait()
	same := true
	for _, c := range configs {
		same = same && c == configs[0]
	}
	fmt.Printf("all same=%t loads=%d cfg=%+v\n", same, loads.Load(), *GetConfig())

	var hits atomic.Int64
	var maxSeen atomic.Int64
	stats := &Stats{counts: map[string]int{}}
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 1000 {
				n := hits.Add(1)
				for {
					cur := maxSeen.Load()
					if n <= cur || maxSeen.CompareAndSwap(cur, n) {
						break
					}
				}
				if i%250 == 0 {
					stats.Inc(fmt.Sprintf("g%d", g%4))
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("hits:", hits.Load(), "max:", maxSeen.Load(), "counts:", stats.counts)

	ch := make(chan int, 3)
	var sent, dropped []int
	for i := 1; i <= 6; i++ {
		select {
		case ch <- i * i:
			sent = append(sent, i*i)
		default:
			dropped = append(dropped, i*i)
		}
	}
	fmt.Println("sent:", sent, "dropped:", dropped, "len:", len(ch), "cap:", cap(ch))
	close(ch)
	var got []int
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				fmt.Println("closed; received", got)
				goto done
			}
			got = append(got, v)
		default:
			fmt.Println("nothing ready")
		}
	}
done:
	results := make(chan string)
	var once sync.Once
	for _, name := range []string{"c", "a", "b"} {
		go func() { results <- "worker-" + name }()
	}
	var names []string
	for range 3 {
		n := <-results
		once.Do(func() { names = append(names, "first-arrival-recorded") })
		names = append(names, n)
	}
	slices.Sort(names)
	fmt.Println(names)
	var flag atomic.Bool
	fmt.Println(flag.Swap(true), flag.Load(), flag.CompareAndSwap(false, true))
}
