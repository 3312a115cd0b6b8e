package main

import (
	"encoding/csv"
	"fmt"
	"log"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

const employeesCSV = `emp_id,name,department,title,salary,start_year,remote
E01,Maria Gomez,Engineering,Senior Engineer,142000,2016,true
E02,Tom Becker,Engineering,Engineer,108000,2021,false
E03,Yuki Tanaka,Data,Data Scientist,126500,2019,true
E04,Omar Haddad,Data,Analyst,84000,2022,true
E05,Lena Novak,Sales,Account Exec,91000,2018,false
E06,Sam Osei,Sales,Sales Manager,118000,2014,false
E07,Priya Nair,Engineering,Staff Engineer,171000,2012,true
E08,Jack Miller,Support,Support Lead,76000,2017,false
E09,Ines Duarte,Support,Support Agent,52000,2023,true
E10,Wei Zhang,Data,Senior Data Scientist,149000,2015,false
E11,Kofi Mensah,Engineering,Engineer,112500,2020,true
`

type Employee struct {
	ID, Name, Dept, Title string
	Salary                float64
	StartYear             int
	Remote                bool
}

func parse(src string) ([]Employee, error) {
	r := csv.NewReader(strings.NewReader(src))
	header, err := r.Read()
	if err != nil {
		return nil, err
	}
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	var out []Employee
	for {
		rec, err := r.Read()
		if err != nil {
			break
		}
		sal, err := strconv.ParseFloat(rec[col["salary"]], 64)
		if err != nil {
			return nil, err
		}
		yr, err := strconv.Atoi(rec[col["start_year"]])
		if err != nil {
			return nil, err
		}
		rem, err := strconv.ParseBool(rec[col["remote"]])
		if err != nil {
			return nil, err
		}
		out = append(out, Employee{rec[col["emp_id"]], rec[col["name"]], rec[col["department"]],
			rec[col["title"]], sal, yr, rem})
	}
	return out, nil
}

const asOf = 2025

func main() {
	emps, err := parse(employeesCSV)
	if err != nil {
		log.Fatal(err)
	}
	sort.SliceStable(emps, func(i, j int) bool {
		if emps[i].Dept != emps[j].Dept {
			return emps[i].Dept < emps[j].Dept
		}
		return emps[i].Salary > emps[j].Salary
	})

	tw := tabwriter.NewWriter(os.Stdout, 4, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tName\tDept\tTitle\tSalary\tTenure\tRemote")
	fmt.Fprintln(tw, "--\t----\t----\t-----\t------\t------\t------")
	for _, e := range emps {
		remote := "no"
		if e.Remote {
			remote = "yes"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%dy\t%s\n", e.ID, e.Name, e.Dept, e.Title,
			money(e.Salary), asOf-e.StartYear, remote)
	}
	tw.Flush()

	type deptAgg struct {
		n, remote      int
		total, tenure  float64
		minSal, maxSal float64
	}
	aggs := map[string]*deptAgg{}
	var depts []string
	for _, e := range emps {
		a, ok := aggs[e.Dept]
		if !ok {
			a = &deptAgg{minSal: e.Salary, maxSal: e.Salary}
			aggs[e.Dept] = a
			depts = append(depts, e.Dept)
		}
		a.n++
		a.total += e.Salary
		a.tenure += float64(asOf - e.StartYear)
		a.minSal = min(a.minSal, e.Salary)
		a.maxSal = max(a.maxSal, e.Salary)
		if e.Remote {
			a.remote++
		}
	}
	fmt.Println()
	tw = tabwriter.NewWriter(os.Stdout, 4, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "Dept\tHeadcount\tMean salary\tRange\tAvg tenure\tRemote %\t")
	for _, d := range depts {
		a := aggs[d]
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%.1f\t%.0f%%\t\n", d, a.n, money(a.total/float64(a.n)),
			money(a.maxSal-a.minSal), a.tenure/float64(a.n), 100*float64(a.remote)/float64(a.n))
	}
	tw.Flush()
}

// money formats with thousands separators: 142000 -> $142,000
func money(v float64) string {
	s := strconv.FormatInt(int64(v+0.5), 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return "$" + b.String()
}
