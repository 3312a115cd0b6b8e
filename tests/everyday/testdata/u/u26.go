package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Workers int
}

var (
	loadOnce   sync.Once
	loadCount  atomic.Int32
	sharedConf *Config
)

func GetConfig() *Config {
	loadOnce.Do(func() {
		loadCount.Add(1)
		sharedConf = &Config{Name: "prod", Workers: 8}
	})
	return sharedConf
}

type Metrics struct {
	requests atomic.Int64
	errors   atomic.Int64
	inflight atomic.Int32
	peak     atomic.Int32
	healthy  atomic.Bool
	version  atomic.Value
	current  atomic.Pointer[Config]
}

func (m *Metrics) Begin() {
	n := m.inflight.Add(1)
	for {
		p := m.peak.Load()
		if n <= p || m.peak.CompareAndSwap(p, n) {
			return
		}
	}
}

func (m *Metrics) End(failed bool) {
	m.inflight.Add(-1)
	m.requests.Add(1)
	if failed {
		m.errors.Add(1)
	}
}

func main() {
	var wg sync.WaitGroup
	confs := make([]*Config, 20)
	for i := range 20 {
		wg.Go(func() { confs[i] = GetConfig() })
	}
	wg.Wait()
	same := true
	for _, c := range confs {
		same = same && c == confs[0]
	}
	fmt.Printf("loaded %d time(s), all same: %t, conf=%+v\n", loadCount.Load(), same, *confs[0])

	m := &Metrics{}
	m.healthy.Store(true)
	m.version.Store("v1.0.0")
	for i := range 100 {
		wg.Go(func() {
			m.Begin()
			m.End(i%7 == 0)
		})
	}
	wg.Wait()
	fmt.Println("requests:", m.requests.Load(), "errors:", m.errors.Load(), "inflight:", m.inflight.Load())
	fmt.Println("peak in range:", m.peak.Load() >= 1 && m.peak.Load() <= 100)

	old := m.healthy.Swap(false)
	fmt.Println("healthy was", old, "now", m.healthy.Load())
	fmt.Printf("version %v (%T)\n", m.version.Load(), m.version.Load())
	m.version.Store("v1.1.0")
	fmt.Println("version", m.version.Load().(string))

	fmt.Println("current nil:", m.current.Load() == nil)
	m.current.Store(&Config{Name: "canary", Workers: 2})
	swapped := m.current.CompareAndSwap(nil, &Config{Name: "never"})
	fmt.Printf("cas on non-nil: %t, current=%+v\n", swapped, *m.current.Load())

	var counter atomic.Uint64
	var mu sync.Mutex
	seen := map[uint64]bool{}
	for range 50 {
		wg.Go(func() {
			id := counter.Add(1)
			mu.Lock()
			seen[id] = true
			mu.Unlock()
		})
	}
	wg.Wait()
	ids := make([]int, 0, len(seen))
	for id := range seen {
		ids = append(ids, int(id))
	}
	sort.Ints(ids)
	fmt.Println("unique ids:", len(ids), "first:", ids[0], "last:", ids[len(ids)-1])

	var initOrder []string
	once := sync.OnceValue(func() int {
		initOrder = append(initOrder, "computed")
		return 42
	})
	fmt.Println(once(), once(), initOrder)
	parse := sync.OnceValues(func() (int, error) { return 0, fmt.Errorf("bad config") })
	v, err := parse()
	v2, err2 := parse()
	fmt.Println(v, err, v2, err2 == err)
}
