// Scatter-gather reads across replicas with read repair of stale copies.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Versioned struct {
	Value   string
	Version int
}

type Replica struct {
	Name  string
	mu    sync.RWMutex
	data  map[string]Versioned
	down  bool
	reads int
}

func (r *Replica) Get(key string) (Versioned, bool, error) {
	r.mu.Lock()
	r.reads++
	down := r.down
	v, ok := r.data[key]
	r.mu.Unlock()
	if down {
		return Versioned{}, false, fmt.Errorf("%s unreachable", r.Name)
	}
	return v, ok, nil
}

func (r *Replica) Put(key string, v Versioned) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if cur, ok := r.data[key]; !ok || cur.Version < v.Version {
		r.data[key] = v
	}
}

type reply struct {
	idx   int
	val   Versioned
	found bool
	err   error
}

func read(replicas []*Replica, key string, quorum int) (Versioned, []string, error) {
	replies := make([]reply, len(replicas))
	var wg sync.WaitGroup
	for i, r := range replicas {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, ok, err := r.Get(key)
			replies[i] = reply{i, v, ok, err}
		}()
	}
	wg.Wait()

	var best Versioned
	okCount := 0
	var notes []string
	for _, rp := range replies {
		if rp.err != nil {
			notes = append(notes, rp.err.Error())
			continue
		}
		okCount++
		if rp.found && rp.val.Version > best.Version {
			best = rp.val
		}
	}
	if okCount < quorum {
		return Versioned{}, notes, fmt.Errorf("quorum not met: %d/%d", okCount, quorum)
	}
	// read repair: push the newest version to healthy replicas that lag behind
	var rw sync.WaitGroup
	for _, rp := range replies {
		if rp.err == nil && best.Version > 0 && rp.val.Version < best.Version {
			notes = append(notes, fmt.Sprintf("repair %s v%d->v%d", replicas[rp.idx].Name, rp.val.Version, best.Version))
			rw.Add(1)
			go func(r *Replica) {
				defer rw.Done()
				r.Put(key, best)
			}(replicas[rp.idx])
		}
	}
	rw.Wait()
	return best, notes, nil
}

func main() {
	mk := func(name string, kv map[string]Versioned) *Replica {
		return &Replica{Name: name, data: kv}
	}
	replicas := []*Replica{
		mk("us-east", map[string]Versioned{"user:1": {"ana@a.io", 3}, "user:2": {"bo@b.io", 1}, "cart:9": {"[x]", 2}}),
		mk("us-west", map[string]Versioned{"user:1": {"ana@old.io", 2}, "user:2": {"bo@b.io", 1}}),
		mk("eu-1", map[string]Versioned{"user:1": {"ana@a.io", 3}, "cart:9": {"[x,y]", 4}}),
	}
	keys := []string{"user:1", "user:2", "cart:9", "user:404"}
	for _, k := range keys {
		v, notes, err := read(replicas, k, 2)
		if err != nil {
			fmt.Printf("GET %-8s error: %v\n", k, err)
		} else if v.Version == 0 {
			fmt.Printf("GET %-8s not found\n", k)
		} else {
			fmt.Printf("GET %-8s = %-10s (v%d)\n", k, v.Value, v.Version)
		}
		for _, n := range notes {
			fmt.Println("    ", n)
		}
	}

	fmt.Println("-- us-west goes down --")
	replicas[1].down = true
	for _, k := range keys[:3] {
		v, notes, err := read(replicas, k, 2)
		fmt.Printf("GET %-8s = %s v%d err=%v notes=[%s]\n", k, v.Value, v.Version, err, strings.Join(notes, "; "))
	}
	replicas[2].down = true
	_, notes, err := read(replicas, "user:1", 2)
	fmt.Printf("GET user:1 with two replicas down: err=%v notes=%d\n", err, len(notes))

	fmt.Println("-- final replica contents --")
	for _, r := range replicas {
		ks := make([]string, 0, len(r.data))
		for k := range r.data {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		var parts []string
		for _, k := range ks {
			parts = append(parts, fmt.Sprintf("%s=%s@v%d", k, r.data[k].Value, r.data[k].Version))
		}
		fmt.Printf("%-8s reads=%d %s\n", r.Name, r.reads, strings.Join(parts, " "))
	}
}
