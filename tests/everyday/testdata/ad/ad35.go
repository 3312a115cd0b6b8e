// Actor-style account ledger: one goroutine owns state; clients send commands with reply channels.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Command struct {
	Op      string // "open", "deposit", "withdraw", "balance", "snapshot"
	Account string
	Amount  int
	Reply   chan Result
}

type Result struct {
	Balance  int
	Err      error
	Snapshot map[string]int
	Applied  int
}

var ErrNoAccount = errors.New("no such account")
var ErrExists = errors.New("account exists")
var ErrOverdraft = errors.New("overdraft")

func ledger(cmds <-chan Command) {
	balances := map[string]int{}
	applied := 0
	for c := range cmds {
		var r Result
		switch c.Op {
		case "open":
			if _, ok := balances[c.Account]; ok {
				r.Err = ErrExists
			} else {
				balances[c.Account] = c.Amount
				applied++
			}
		case "deposit", "withdraw":
			b, ok := balances[c.Account]
			switch {
			case !ok:
				r.Err = ErrNoAccount
			case c.Op == "withdraw" && b < c.Amount:
				r.Err = ErrOverdraft
			case c.Op == "withdraw":
				balances[c.Account] = b - c.Amount
				applied++
			default:
				balances[c.Account] = b + c.Amount
				applied++
			}
			r.Balance = balances[c.Account]
		case "balance":
			b, ok := balances[c.Account]
			if !ok {
				r.Err = ErrNoAccount
			}
			r.Balance = b
		case "snapshot":
			r.Snapshot = map[string]int{}
			for k, v := range balances {
				r.Snapshot[k] = v
			}
			r.Applied = applied
		}
		c.Reply <- r
	}
}

func call(cmds chan<- Command, op, acct string, amt int) Result {
	reply := make(chan Result, 1)
	cmds <- Command{op, acct, amt, reply}
	return <-reply
}

func main() {
	cmds := make(chan Command)
	go ledger(cmds)

	for _, a := range []string{"alice", "bob", "carol", "dave"} {
		call(cmds, "open", a, 100)
	}
	fmt.Println("open alice again:", call(cmds, "open", "alice", 5).Err)

	// Concurrent clients: each client only touches its own account, so results
	// are deterministic even though commands from different clients interleave.
	clients := map[string][]int{
		"alice": {+50, -30, +20, -500, +10},
		"bob":   {-100, -1, +7, +7},
		"carol": {+1, +2, +3, +4, +5, +6},
		"dave":  {-99, -1, -1, +200},
	}
	var wg sync.WaitGroup
	logs := map[string][]string{}
	var mu sync.Mutex
	for acct, ops := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var lines []string
			for _, amt := range ops {
				op, n := "deposit", amt
				if amt < 0 {
					op, n = "withdraw", -amt
				}
				r := call(cmds, op, acct, n)
				if r.Err != nil {
					lines = append(lines, fmt.Sprintf("%s %d: %v (balance %d)", op, n, r.Err, r.Balance))
				} else {
					lines = append(lines, fmt.Sprintf("%s %d: ok -> %d", op, n, r.Balance))
				}
			}
			mu.Lock()
			logs[acct] = lines
			mu.Unlock()
		}()
	}
	wg.Wait()

	names := make([]string, 0, len(logs))
	for n := range logs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n + ":")
		for _, l := range logs[n] {
			fmt.Println("   ", l)
		}
	}
	fmt.Println("withdraw from erin:", call(cmds, "withdraw", "erin", 1).Err)
	snap := call(cmds, "snapshot", "", 0)
	total := 0
	for _, n := range names {
		fmt.Printf("final %-6s %4d\n", n, snap.Snapshot[n])
		total += snap.Snapshot[n]
	}
	fmt.Printf("total=%d applied commands=%d\n", total, snap.Applied)
	close(cmds)
}
