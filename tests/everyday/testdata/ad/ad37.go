// sync.Map as a session store: LoadOrStore, CompareAndSwap, CompareAndDelete and Range.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Session struct {
	User  string
	Hits  int
	Roles string
}

func main() {
	var sessions sync.Map
	var created atomic.Int32

	// Many goroutines try to create the same sessions; only one wins per key.
	users := []string{"ana", "ben", "cara", "dev", "eli"}
	var wg sync.WaitGroup
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			u := users[g%len(users)]
			s := &Session{User: u, Roles: "viewer"}
			if _, loaded := sessions.LoadOrStore("sess-"+u, s); !loaded {
				created.Add(1)
			}
		}(g)
	}
	wg.Wait()
	fmt.Printf("sessions created: %d (attempts: 20)\n", created.Load())

	// Concurrent hit counting with CompareAndSwap on immutable values.
	var hitCounts sync.Map
	for _, u := range users {
		hitCounts.Store(u, 0)
	}
	var casRetries atomic.Int64
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 30; i++ {
				u := users[(g+i)%len(users)]
				for {
					old, _ := hitCounts.Load(u)
					if hitCounts.CompareAndSwap(u, old, old.(int)+1) {
						break
					}
					casRetries.Add(1)
				}
			}
		}(g)
	}
	wg.Wait()

	var rows []string
	total := 0
	hitCounts.Range(func(k, v any) bool {
		rows = append(rows, fmt.Sprintf("%s=%d", k, v))
		total += v.(int)
		return true
	})
	sort.Strings(rows)
	fmt.Println("hits:", strings.Join(rows, " "), "total:", total)

	// Promote one user; CompareAndSwap fails when the expected value is stale.
	cur, _ := sessions.Load("sess-cara")
	promoted := &Session{User: "cara", Roles: "admin"}
	fmt.Println("promote cara:", sessions.CompareAndSwap("sess-cara", cur, promoted))
	fmt.Println("promote cara with stale value:", sessions.CompareAndSwap("sess-cara", cur, &Session{User: "cara", Roles: "root"}))

	// Logout: CompareAndDelete only removes the exact session we hold.
	ben, _ := sessions.Load("sess-ben")
	fmt.Println("logout ben with wrong pointer:", sessions.CompareAndDelete("sess-ben", &Session{User: "ben"}))
	fmt.Println("logout ben:", sessions.CompareAndDelete("sess-ben", ben))
	v, loaded := sessions.LoadAndDelete("sess-dev")
	fmt.Println("expire dev:", loaded, v.(*Session).User)
	_, loaded = sessions.LoadAndDelete("sess-dev")
	fmt.Println("expire dev twice:", loaded)
	prev, existed := sessions.Swap("sess-eli", &Session{User: "eli", Roles: "editor"})
	fmt.Println("swap eli existed:", existed, "previous roles:", prev.(*Session).Roles)

	// Range visits entries in no particular order; collect and sort for a stable view.
	var view []string
	sessions.Range(func(k, v any) bool {
		s := v.(*Session)
		view = append(view, fmt.Sprintf("%s user=%s roles=%s", k, s.User, s.Roles))
		return true
	})
	sort.Strings(view)
	fmt.Println("active sessions:")
	for _, l := range view {
		fmt.Println("  " + l)
	}
	sessions.Clear()
	n := 0
	sessions.Range(func(any, any) bool { n++; return true })
	fmt.Println("after Clear:", n, "sessions")
	fmt.Println("cas retries non-negative:", casRetries.Load() >= 0)
}
