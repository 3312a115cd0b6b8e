package main

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

type FakeClock struct{ now time.Time }

func (c *FakeClock) Now() time.Time          { return c.now }
func (c *FakeClock) Advance(d time.Duration) { c.now = c.now.Add(d) }

type entry struct {
	value     string
	expiresAt time.Time // zero means no expiry
}

type KV struct {
	clock interface{ Now() time.Time }
	data  map[string]entry
	stats struct{ hits, misses, expired int }
}

func NewKV(clock interface{ Now() time.Time }) *KV {
	return &KV{clock: clock, data: make(map[string]entry)}
}

func (kv *KV) Set(key, value string, ttl time.Duration) {
	e := entry{value: value}
	if ttl > 0 {
		e.expiresAt = kv.clock.Now().Add(ttl)
	}
	kv.data[key] = e
}

func (kv *KV) Get(key string) (string, bool) {
	e, ok := kv.data[key]
	if !ok {
		kv.stats.misses++
		return "", false
	}
	if !e.expiresAt.IsZero() && !kv.clock.Now().Before(e.expiresAt) {
		delete(kv.data, key)
		kv.stats.expired++
		kv.stats.misses++
		return "", false
	}
	kv.stats.hits++
	return e.value, true
}

func (kv *KV) TTL(key string) time.Duration {
	e, ok := kv.data[key]
	if !ok {
		return -2
	}
	if e.expiresAt.IsZero() {
		return -1
	}
	return e.expiresAt.Sub(kv.clock.Now())
}

func (kv *KV) Sweep() []string {
	var removed []string
	now := kv.clock.Now()
	for k, e := range kv.data {
		if !e.expiresAt.IsZero() && !now.Before(e.expiresAt) {
			delete(kv.data, k)
			removed = append(removed, k)
		}
	}
	slices.Sort(removed)
	return removed
}

func main() {
	clock := &FakeClock{now: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
	kv := NewKV(clock)

	kv.Set("session:1", "alice", 30*time.Minute)
	kv.Set("session:2", "bob", 5*time.Minute)
	kv.Set("config", "v3", 0)
	kv.Set("otp:99", "123456", 90*time.Second)

	check := func(label string) {
		var parts []string
		for _, k := range []string{"config", "otp:99", "session:1", "session:2"} {
			v, ok := kv.Get(k)
			if ok {
				parts = append(parts, fmt.Sprintf("%s=%s", k, v))
			} else {
				parts = append(parts, k+"=<nil>")
			}
		}
		fmt.Printf("%-6s %s\n", label, strings.Join(parts, " "))
	}

	check("t+0")
	fmt.Println("ttl otp:", kv.TTL("otp:99"), "ttl config:", kv.TTL("config"), "ttl missing:", kv.TTL("x"))
	clock.Advance(2 * time.Minute)
	check("t+2m")
	clock.Advance(3 * time.Minute)
	fmt.Println("session:2 ttl at t+5m:", kv.TTL("session:2"))
	check("t+5m")

	kv.Set("session:1", "alice", 30*time.Minute) // refresh
	kv.Set("tmp:a", "1", time.Minute)
	kv.Set("tmp:b", "2", 2*time.Minute)
	kv.Set("tmp:c", "3", time.Hour)
	clock.Advance(10 * time.Minute)
	fmt.Println("swept:", kv.Sweep())
	fmt.Println("remaining ttl session:1:", kv.TTL("session:1").Round(time.Second))
	check("t+15m")
	fmt.Printf("stats: %+v\n", kv.stats)
	fmt.Println("now:", clock.Now().Format("2006-01-02 15:04:05"))
}
