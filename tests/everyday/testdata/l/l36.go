package main

import (
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
)

// Feature flags with targeting rules and deterministic percentage rollout.

type User struct {
	ID      string
	Country string
	Plan    string
	Beta    bool
}

type Flag struct {
	Key       string
	Enabled   bool
	Percent   int // 0..100 rollout by hashed user id
	Countries []string
	Plans     []string
	AllowList []string
	BetaOnly  bool
}

type FlagOption func(*Flag)

func Rollout(pct int) FlagOption { return func(f *Flag) { f.Percent = max(0, min(100, pct)) } }
func InCountries(cs ...string) FlagOption {
	return func(f *Flag) { f.Countries = append(f.Countries, cs...) }
}
func ForPlans(ps ...string) FlagOption { return func(f *Flag) { f.Plans = append(f.Plans, ps...) } }
func Allow(ids ...string) FlagOption {
	return func(f *Flag) { f.AllowList = append(f.AllowList, ids...) }
}
func BetaOnly() FlagOption { return func(f *Flag) { f.BetaOnly = true } }
func Disabled() FlagOption { return func(f *Flag) { f.Enabled = false } }

func NewFlag(key string, opts ...FlagOption) Flag {
	f := Flag{Key: key, Enabled: true, Percent: 100}
	for _, o := range opts {
		o(&f)
	}
	return f
}

func bucket(flag, userID string) int {
	h := fnv.New32a()
	h.Write([]byte(flag + ":" + userID))
	return int(h.Sum32() % 100)
}

// Evaluate returns the decision and the reason, for debugging.
func (f Flag) Evaluate(u User) (bool, string) {
	switch {
	case !f.Enabled:
		return false, "disabled"
	case slices.Contains(f.AllowList, u.ID):
		return true, "allow-list"
	case f.BetaOnly && !u.Beta:
		return false, "not beta"
	case len(f.Countries) > 0 && !slices.Contains(f.Countries, u.Country):
		return false, "country"
	case len(f.Plans) > 0 && !slices.Contains(f.Plans, u.Plan):
		return false, "plan"
	}
	if b := bucket(f.Key, u.ID); b >= f.Percent {
		return false, fmt.Sprintf("rollout bucket %d>=%d", b, f.Percent)
	}
	return true, "match"
}

func main() {
	flags := []Flag{
		NewFlag("new-checkout", Rollout(50), InCountries("DE", "FR")),
		NewFlag("dark-mode"),
		NewFlag("ai-summary", BetaOnly(), ForPlans("pro", "enterprise"), Allow("u-007")),
		NewFlag("legacy-export", Disabled(), Allow("u-001")),
		NewFlag("fast-search", Rollout(30)),
	}
	users := []User{
		{"u-001", "DE", "free", false},
		{"u-002", "FR", "pro", true},
		{"u-003", "US", "enterprise", true},
		{"u-007", "JP", "free", false},
		{"u-042", "DE", "pro", true},
	}

	for _, f := range flags {
		fmt.Printf("%s:\n", f.Key)
		on := 0
		for _, u := range users {
			ok, why := f.Evaluate(u)
			if ok {
				on++
			}
			fmt.Printf("  %-6s %-5t %s\n", u.ID, ok, why)
		}
		fmt.Printf("  => %d/%d users\n", on, len(users))
	}

	// Rollout sanity check over many synthetic users.
	f := NewFlag("fast-search", Rollout(30))
	on := 0
	for i := range 10000 {
		if ok, _ := f.Evaluate(User{ID: fmt.Sprintf("user-%d", i)}); ok {
			on++
		}
	}
	fmt.Printf("fast-search rollout over 10000 users: %d (%s)\n", on, strings.Repeat("=", on/500))
}
