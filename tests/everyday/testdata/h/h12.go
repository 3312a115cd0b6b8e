// h12: write a small dataset into os.MkdirTemp, then walk it and compute SHA-256 digests.
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

var files = map[string]string{
	"raw/a.csv":           "id,name\n1,alice\n2,bob\n",
	"raw/b.csv":           "id,name\n3,carol\n",
	"raw/nested/c.jsonl":  "{\"id\":4}\n{\"id\":5}\n",
	"copy/a-copy.csv":     "id,name\n1,alice\n2,bob\n",
	"empty.txt":           "",
	"README.md":           "# dataset\nsample files for checksum demo\n",
	"raw/nested/.ignored": "should not be hashed",
}

type entry struct {
	rel    string
	size   int
	digest string
	lines  int
}

func main() {
	dir, err := os.MkdirTemp("", "h12-*")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)

	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		p := filepath.Join(dir, filepath.FromSlash(n))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			panic(err)
		}
		if err := os.WriteFile(p, []byte(files[n]), 0o644); err != nil {
			panic(err)
		}
	}

	var entries []entry
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if strings.HasPrefix(d.Name(), ".") {
			return nil // skip dotfiles
		}
		if d.IsDir() {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		rel, _ := filepath.Rel(dir, p)
		entries = append(entries, entry{filepath.ToSlash(rel), len(data), hex.EncodeToString(sum[:]), strings.Count(string(data), "\n")})
		return nil
	})
	if err != nil {
		panic(err)
	}

	fmt.Printf("%-20s %5s %5s  %s\n", "FILE", "BYTES", "LINES", "SHA256[:16]")
	for _, e := range entries { // WalkDir visits in lexical order
		fmt.Printf("%-20s %5d %5d  %s\n", e.rel, e.size, e.lines, e.digest[:16])
	}

	dups := map[string][]string{}
	for _, e := range entries {
		dups[e.digest] = append(dups[e.digest], e.rel)
	}
	fmt.Println("\nduplicate content:")
	for _, e := range entries {
		if g := dups[e.digest]; len(g) > 1 && g[0] == e.rel {
			fmt.Printf("  %s\n", strings.Join(g, " == "))
		}
	}

	// A manifest digest over "path\x00digest\n" lines, like a tree hash.
	h := sha256.New()
	for _, e := range entries {
		fmt.Fprintf(h, "%s\x00%s\n", e.rel, e.digest)
	}
	fmt.Printf("\nmanifest digest: %x\n", h.Sum(nil))

	// Verify: tamper with one file and detect the change.
	target := filepath.Join(dir, "raw", "b.csv")
	if err := os.WriteFile(target, []byte("id,name\n3,caro1\n"), 0o644); err != nil {
		panic(err)
	}
	data, _ := os.ReadFile(target)
	now := sha256.Sum256(data)
	for _, e := range entries {
		if e.rel == "raw/b.csv" {
			fmt.Printf("verify raw/b.csv: match=%t\n", hex.EncodeToString(now[:]) == e.digest)
		}
	}
}
