// h11: pure path/filepath manipulation on a manifest of artifact paths (no file access).
package main

import (
	"fmt"
	"maps"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

const manifest = `
/data/raw/2024/03/events-01.jsonl
/data/raw/2024/03/events-02.jsonl
/data/raw/2024/03/../03/events-03.jsonl.gz
/data/raw//2024/04/events-01.jsonl
/data/staging/./orders.csv
/data/staging/orders_backup.csv
/data/staging/tmp/.orders.csv.swp
/data/reports/q1/summary.parquet
/data/reports/q1/summary.parquet.md5
/data/../etc/passwd
relative/notes.txt
`

// inside reports whether target stays within root after cleaning.
func inside(root, target string) bool {
	rel, err := filepath.Rel(root, target)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// fullExt returns compound extensions like ".jsonl.gz".
func fullExt(name string) string {
	name = strings.TrimPrefix(name, ".")
	if i := strings.IndexByte(name, '.'); i >= 0 {
		return name[i:]
	}
	return ""
}

func main() {
	const root = "/data"
	byDir := map[string][]string{}
	byExt := map[string]int{}

	for line := range strings.Lines(manifest) {
		p := strings.TrimSpace(line)
		if p == "" {
			continue
		}
		clean := filepath.Clean(p)
		if !filepath.IsAbs(clean) {
			clean = filepath.Join(root, "incoming", clean)
			fmt.Printf("relative %-35q -> %s\n", p, clean)
		} else if clean != p {
			fmt.Printf("cleaned  %-35q -> %s\n", p, clean)
		}
		if !inside(root, clean) {
			fmt.Printf("REJECT   %s escapes %s\n", clean, root)
			continue
		}
		base := filepath.Base(clean)
		if strings.HasPrefix(base, ".") {
			fmt.Printf("hidden   %s\n", clean)
			continue
		}
		rel, _ := filepath.Rel(root, filepath.Dir(clean))
		byDir[rel] = append(byDir[rel], base)
		byExt[fullExt(base)]++
	}

	fmt.Println("\nfiles by directory (relative to /data):")
	for _, d := range slices.Sorted(maps.Keys(byDir)) {
		depth := len(strings.Split(d, string(filepath.Separator)))
		fmt.Printf("  %-16s depth=%d %v\n", d, depth, byDir[d])
	}

	fmt.Println("\nextensions:")
	for _, e := range slices.Sorted(maps.Keys(byExt)) {
		fmt.Printf("  %-12s %d\n", e, byExt[e])
	}

	fmt.Println("\nglob matches for raw/*/*/events-0[12].jsonl:")
	pattern := filepath.Join(root, "raw", "*", "*", "events-0[12].jsonl")
	for _, d := range slices.Sorted(maps.Keys(byDir)) {
		for _, f := range byDir[d] {
			full := filepath.Join(root, d, f)
			if ok, _ := filepath.Match(pattern, full); ok {
				fmt.Println("  ", full)
			}
		}
	}

	// Derived output paths: swap root and extension, keep the partition layout.
	fmt.Println("\nderived outputs:")
	for _, in := range []string{"raw/2024/03/events-01.jsonl", "staging/orders.csv"} {
		dir, file := filepath.Split(in)
		stem := strings.TrimSuffix(file, filepath.Ext(file))
		out := filepath.Join("/warehouse", strings.Replace(dir, "raw", "curated", 1), stem+".parquet")
		fmt.Printf("  %-28s => %s\n", in, out)
	}

	// URL-style paths always use forward slashes: use package path for those.
	fmt.Println("\nurl path join:", path.Join("/api/v1/", "../v2", "users", "42"))
	fmt.Println("split list:   ", filepath.SplitList("/usr/bin:/opt/tools/bin::/home/me/bin"))
	fmt.Println("volume name:  ", fmt.Sprintf("%q", filepath.VolumeName("/data/raw")))
}
