// Command j23 collects iota idioms in a disk-usage reporter: byte size
// units, skipped values, enums with String methods and sentinel counts.
package main

import (
	"fmt"
	"slices"
	"strings"
)

type ByteSize float64

const (
	_           = iota // skip 0
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

func (b ByteSize) String() string {
	switch {
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.0fB", float64(b))
}

type Kind int

const (
	KindUnknown Kind = iota
	KindImage
	KindVideo
	KindDoc
	KindArchive
	numKinds // sentinel: number of kinds, handy for arrays
)

var kindNames = [numKinds]string{"unknown", "image", "video", "doc", "archive"}

func (k Kind) String() string {
	if k < 0 || k >= numKinds {
		return fmt.Sprintf("Kind(%d)", int(k))
	}
	return kindNames[k]
}

// Priority starts at 1 and steps by ten, leaving room for later additions.
type Priority int

const (
	Low Priority = (iota + 1) * 10
	Normal
	High
	Critical
)

// Multiple constants per line share the same iota value.
const (
	A, B = iota, iota * 100 // 0, 0
	C, D                    // 1, 100
	E, F                    // 2, 200
)

var byExt = map[string]Kind{
	".png": KindImage, ".jpg": KindImage, ".mp4": KindVideo,
	".pdf": KindDoc, ".md": KindDoc, ".zip": KindArchive, ".tar": KindArchive,
}

type file struct {
	path string
	size ByteSize
}

func kindOf(path string) Kind {
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		return byExt[path[i:]] // missing key yields KindUnknown (the zero value)
	}
	return KindUnknown
}

func main() {
	fmt.Println("units:", KB, MB, GB, TB)
	fmt.Printf("raw: %.0f %.0f %.0f\n", float64(KB), float64(MB), float64(GB))

	files := []file{
		{"holiday.mp4", 3.2 * GB}, {"cat.png", 812 * KB}, {"report.pdf", 2.4 * MB},
		{"backup.tar", 1.1 * TB}, {"README.md", 950}, {"dump.bin", 64 * MB},
		{"selfie.jpg", 3.3 * MB}, {"src.zip", 18 * MB},
	}
	var totals [numKinds]ByteSize
	var counts [numKinds]int
	for _, f := range files {
		k := kindOf(f.path)
		totals[k] += f.size
		counts[k]++
	}
	for k := range numKinds {
		fmt.Printf("%-8v files=%d total=%v\n", k, counts[k], totals[k])
	}
	fmt.Println("out of range:", Kind(7), Kind(-1))

	prios := []Priority{Critical, Low, High, Normal}
	slices.Sort(prios)
	fmt.Println("priorities:", prios, "high-normal gap:", High-Normal)
	fmt.Println("paired iota:", A, B, C, D, E, F)

	sorted := slices.Clone(files)
	slices.SortFunc(sorted, func(a, b file) int {
		switch {
		case a.size > b.size:
			return -1
		case a.size < b.size:
			return 1
		}
		return strings.Compare(a.path, b.path)
	})
	for _, f := range sorted[:3] {
		fmt.Printf("largest: %-12s %9v (%v)\n", f.path, f.size, kindOf(f.path))
	}
}
