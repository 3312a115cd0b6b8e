package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"
)

type User struct {
	Email     string
	Name      string
	City      string
	UpdatedAt time.Time
	Source    string
}

type Users []User

func ts(day, hour int) time.Time { return time.Date(2024, 5, day, hour, 0, 0, 0, time.UTC) }

var raw = Users{
	{"ann@example.com", "Ann Lee", "Boston", ts(1, 9), "web"},
	{"bob@example.com", "Bob Ray", "Denver", ts(1, 10), "app"},
	{"ANN@example.com ", "Ann Lee", "Cambridge", ts(3, 14), "crm"},
	{"cat@example.com", "Cat Wu", "Austin", ts(2, 8), "web"},
	{"bob@example.com", "Bob Ray", "Denver", ts(1, 10), "app"},
	{"dan@example.com", "Dan Ek", "Seattle", ts(4, 16), "import"},
	{"cat@example.com", "Catherine Wu", "Austin", ts(5, 11), "crm"},
	{"eve@example.com", "Eve Stone", "Miami", ts(2, 12), "web"},
	{"dan@example.com", "Dan Ek", "Portland", ts(2, 7), "web"},
	{"bob@example.com", "Robert Ray", "Denver", ts(6, 18), "crm"},
	{"eve@example.com", "Eve Stone", "Miami", ts(2, 12), "app"},
}

func (u User) Key() string { return strings.ToLower(strings.TrimSpace(u.Email)) }

// DropExactDuplicates removes rows identical in every column (df.drop_duplicates()).
func (us Users) DropExactDuplicates() Users {
	seen := map[User]bool{}
	var out Users
	for _, u := range us {
		if !seen[u] {
			seen[u] = true
			out = append(out, u)
		}
	}
	return out
}

// KeepLatest keeps the most recently updated row per normalized email
// (sort_values("updated_at").drop_duplicates("email", keep="last")).
func (us Users) KeepLatest() Users {
	sorted := slices.Clone(us)
	slices.SortStableFunc(sorted, func(a, b User) int { return a.UpdatedAt.Compare(b.UpdatedAt) })
	latest := map[string]User{}
	for _, u := range sorted {
		latest[u.Key()] = u
	}
	out := make(Users, 0, len(latest))
	for _, u := range latest {
		out = append(out, u)
	}
	slices.SortFunc(out, func(a, b User) int { return cmp.Compare(a.Key(), b.Key()) })
	return out
}

func (us Users) Print(title string) {
	fmt.Printf("%s (%d rows)\n", title, len(us))
	for _, u := range us {
		fmt.Printf("  %-18q %-13s %-10s %s %s\n", u.Email, u.Name, u.City, u.UpdatedAt.Format("01-02 15h"), u.Source)
	}
	fmt.Println()
}

func main() {
	raw.Print("raw")
	exact := raw.DropExactDuplicates()
	exact.Print("after drop_duplicates()")
	latest := exact.KeepLatest()
	latest.Print("after keep latest per email")

	// duplicated(keep=False) report: which emails had conflicting values
	groups := map[string][]User{}
	for _, u := range raw {
		groups[u.Key()] = append(groups[u.Key()], u)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	fmt.Println("conflict report:")
	for _, k := range keys {
		g := groups[k]
		names := map[string]bool{}
		cities := map[string]bool{}
		for _, u := range g {
			names[u.Name] = true
			cities[u.City] = true
		}
		status := "clean"
		if len(names) > 1 || len(cities) > 1 {
			status = "CONFLICT"
		}
		fmt.Printf("  %-16s rows=%d names=%d cities=%d %s\n", k, len(g), len(names), len(cities), status)
	}
	fmt.Printf("\nreduction: %d -> %d -> %d rows\n", len(raw), len(exact), len(latest))
}
