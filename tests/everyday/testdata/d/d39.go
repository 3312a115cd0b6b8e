package main

import (
	"fmt"
	"path"
	"sort"
	"strings"
)

// Entry is the component interface shared by files and directories.
type Entry interface {
	Name() string
	Size() int64
	Count() (files, dirs int)
}

type File struct {
	name  string
	bytes int64
}

func (f *File) Name() string             { return f.name }
func (f *File) Size() int64              { return f.bytes }
func (f *File) Count() (files, dirs int) { return 1, 0 }

type Dir struct {
	name     string
	children []Entry
}

func (d *Dir) Name() string { return d.name + "/" }

func (d *Dir) Size() int64 {
	var total int64
	for _, c := range d.children {
		total += c.Size()
	}
	return total
}

func (d *Dir) Count() (files, dirs int) {
	dirs = 1
	for _, c := range d.children {
		f, dd := c.Count()
		files += f
		dirs += dd
	}
	return
}

// Add creates intermediate directories as needed, like mkdir -p + touch.
func (d *Dir) Add(p string, size int64) {
	parts := strings.Split(strings.Trim(p, "/"), "/")
	cur := d
	for _, part := range parts[:len(parts)-1] {
		var next *Dir
		for _, c := range cur.children {
			if sub, ok := c.(*Dir); ok && sub.name == part {
				next = sub
				break
			}
		}
		if next == nil {
			next = &Dir{name: part}
			cur.children = append(cur.children, next)
		}
		cur = next
	}
	cur.children = append(cur.children, &File{parts[len(parts)-1], size})
}

func human(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%dB", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f%c", float64(n)/float64(div), "KMG"[exp])
}

func render(e Entry, prefix string, last bool, sb *strings.Builder) {
	branch := "├── "
	if last {
		branch = "└── "
	}
	fmt.Fprintf(sb, "%s%s%s (%s)\n", prefix, branch, e.Name(), human(e.Size()))
	d, ok := e.(*Dir)
	if !ok {
		return
	}
	kids := append([]Entry(nil), d.children...)
	sort.Slice(kids, func(i, j int) bool { return kids[i].Name() < kids[j].Name() })
	ext := "│   "
	if last {
		ext = "    "
	}
	for i, k := range kids {
		render(k, prefix+ext, i == len(kids)-1, sb)
	}
}

// Walk visits every entry with its full path.
func Walk(e Entry, dir string, fn func(p string, e Entry)) {
	p := path.Join(dir, strings.TrimSuffix(e.Name(), "/"))
	fn(p, e)
	if d, ok := e.(*Dir); ok {
		for _, c := range d.children {
			Walk(c, p, fn)
		}
	}
}

func main() {
	root := &Dir{name: "project"}
	for _, f := range []struct {
		p string
		n int64
	}{
		{"go.mod", 212},
		{"README.md", 4_812},
		{"cmd/server/main.go", 3_220},
		{"internal/store/store.go", 18_400},
		{"internal/store/store_test.go", 22_950},
		{"internal/api/handlers.go", 9_870},
		{"web/static/app.js", 412_000},
		{"web/static/logo.png", 1_830_500},
		{"web/index.html", 2_048},
		{"testdata/fixtures/big.json", 5_600_000},
	} {
		root.Add(f.p, f.n)
	}

	var sb strings.Builder
	render(root, "", true, &sb)
	fmt.Print(sb.String())

	files, dirs := root.Count()
	fmt.Printf("\n%d files, %d directories, %s total\n", files, dirs, human(root.Size()))

	type usage struct {
		path string
		size int64
	}
	var dirUsage []usage
	byExt := map[string]int64{}
	Walk(root, "", func(p string, e Entry) {
		switch e.(type) {
		case *Dir:
			dirUsage = append(dirUsage, usage{p, e.Size()})
		case *File:
			ext := path.Ext(p)
			if ext == "" {
				ext = "(none)"
			}
			byExt[ext] += e.Size()
		}
	})
	sort.Slice(dirUsage, func(i, j int) bool { return dirUsage[i].size > dirUsage[j].size })
	fmt.Println("\ndu (largest first):")
	for _, u := range dirUsage {
		fmt.Printf("  %8s  %s\n", human(u.size), u.path)
	}

	exts := make([]string, 0, len(byExt))
	for e := range byExt {
		exts = append(exts, e)
	}
	sort.Strings(exts)
	fmt.Println("\nby extension:")
	for _, e := range exts {
		fmt.Printf("  %-6s %s\n", e, human(byExt[e]))
	}
}
