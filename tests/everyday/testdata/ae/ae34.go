package main

import (
	"fmt"
	"sort"
	"strings"
)

type Module struct {
	Path    string
	Version string
	License string
	Direct  bool
	SizeKB  int
}

type Rule struct {
	Name  string
	Check func(Module) (bool, string)
}

func denyLicenses(ids ...string) Rule {
	deny := map[string]bool{}
	for _, id := range ids {
		deny[id] = true
	}
	return Rule{"license-deny", func(m Module) (bool, string) {
		if deny[m.License] {
			return false, "license " + m.License + " is not allowed"
		}
		return true, ""
	}}
}

func requireKnown() Rule {
	return Rule{"license-known", func(m Module) (bool, string) {
		if m.License == "" || m.License == "UNKNOWN" {
			return false, "license could not be determined"
		}
		return true, ""
	}}
}

func maxSize(kb int) Rule {
	return Rule{"size", func(m Module) (bool, string) {
		if m.SizeKB > kb {
			return false, fmt.Sprintf("%d KB exceeds budget of %d KB", m.SizeKB, kb)
		}
		return true, ""
	}}
}

func main() {
	mods := []Module{
		{"github.com/acme/httpx", "v1.9.0", "MIT", true, 310},
		{"golang.org/x/text", "v0.14.0", "BSD-3-Clause", false, 8120},
		{"github.com/pelletier/toml", "v2.1.1", "MIT", true, 420},
		{"github.com/strict/copyleft", "v0.3.2", "GPL-3.0", false, 95},
		{"gopkg.in/yaml.v3", "v3.0.1", "Apache-2.0", true, 610},
		{"github.com/mystery/blob", "v0.0.0-2023", "UNKNOWN", false, 12},
		{"golang.org/x/sys", "v0.15.0", "BSD-3-Clause", false, 5400},
		{"github.com/acme/metrics", "v0.7.4", "Apache-2.0", true, 150},
	}
	rules := []Rule{denyLicenses("GPL-3.0", "AGPL-3.0"), requireKnown(), maxSize(6000)}

	byLicense := map[string][]Module{}
	for _, m := range mods {
		byLicense[m.License] = append(byLicense[m.License], m)
	}
	lics := make([]string, 0, len(byLicense))
	for l := range byLicense {
		lics = append(lics, l)
	}
	sort.Slice(lics, func(i, j int) bool {
		a, b := byLicense[lics[i]], byLicense[lics[j]]
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		return lics[i] < lics[j]
	})

	var sb strings.Builder
	sb.WriteString("# Third-party license report\n\n")
	for _, l := range lics {
		list := byLicense[l]
		sort.Slice(list, func(i, j int) bool { return list[i].Path < list[j].Path })
		fmt.Fprintf(&sb, "## %s (%d)\n\n", l, len(list))
		for _, m := range list {
			kind := "indirect"
			if m.Direct {
				kind = "direct"
			}
			fmt.Fprintf(&sb, "- `%s` %s — %s, %s\n", m.Path, m.Version, kind, kb(m.SizeKB))
		}
		sb.WriteString("\n")
	}
	sb.WriteString("## Policy check\n\n")
	failures := 0
	for _, m := range mods {
		for _, r := range rules {
			if ok, why := r.Check(m); !ok {
				failures++
				fmt.Fprintf(&sb, "- FAIL [%s] %s: %s\n", r.Name, m.Path, why)
			}
		}
	}
	if failures == 0 {
		sb.WriteString("All modules pass.\n")
	}
	total := 0
	for _, m := range mods {
		total += m.SizeKB
	}
	fmt.Fprintf(&sb, "\n%d modules, %d licenses, %s total, %d policy failure(s)\n", len(mods), len(lics), kb(total), failures)
	fmt.Print(sb.String())
}

func kb(n int) string {
	if n >= 1024 {
		return fmt.Sprintf("%.1f MB", float64(n)/1024)
	}
	return fmt.Sprintf("%d KB", n)
}
