// 批量导入: pick a roster, see how its columns map and its first rows (masked), import it,
// follow the progress, then read the summary and download the error report.
import { Alert, Button, Card, Checkbox, Descriptions, Progress, Select, Space, Tag, Upload } from 'antd'
import { UploadOutlined } from '@ant-design/icons'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, type Result } from '../../api/client'
import { useShowError } from '../../components/useShowError'
import { ListTable } from '../../components/ListTable'
import { PageLayout } from '../../components/PageLayout'

type Job = Result<'get', '/api/v1/imports/{id}'>
type Preview = Result<'post', '/api/v1/imports/people/preview'>
type Encoding = 'utf8' | 'gbk' | 'gb18030' | undefined

export default function ImportPage() {
  const { t } = useTranslation()
  const statusText = useStatusText()
  const showError = useShowError()
  const [file, setFile] = useState<File | null>(null)
  const [encoding, setEncoding] = useState<Encoding>()
  const [createRegions, setCreateRegions] = useState(false)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [job, setJob] = useState<Job | null>(null)
  const [history, setHistory] = useState<Job[]>([])

  const loadHistory = useCallback(() => {
    api.get('/api/v1/imports').then(setHistory).catch(showError)
  }, [showError])
  useEffect(loadHistory, [loadHistory])

  useEffect(() => {
    if (!file) return
    api
      .upload('/api/v1/imports/people/preview', file, { query: { fileName: file.name, encoding } })
      .then(setPreview)
      .catch((e: unknown) => {
        setPreview(null)
        showError(e)
      })
  }, [file, encoding, showError])

  // poll the running job once a second
  useEffect(() => {
    if (job?.status !== 'running') return
    const timer = setTimeout(() => {
      api
        .get('/api/v1/imports/{id}', { path: { id: job.id } })
        .then((j) => {
          setJob(j)
          if (j.status !== 'running') loadHistory()
        })
        .catch(showError)
    }, 1000)
    return () => clearTimeout(timer)
  }, [job, showError, loadHistory])

  const start = async () => {
    if (!file) return
    try {
      const query = { fileName: file.name, encoding, createRegions: createRegions || undefined }
      setJob(await api.upload('/api/v1/imports/people', file, { query }))
    } catch (e) {
      showError(e)
    }
  }

  const fieldNames = preview?.columns.filter((c) => c.field) ?? []
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <PageLayout title={t('imports.title')}>
        <Space wrap>
          <Upload
            accept=".xlsx,.csv"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f)
              setJob(null)
              return false
            }}
            showUploadList={false}
          >
            <Button icon={<UploadOutlined />}>{file ? file.name : t('imports.pick')}</Button>
          </Upload>
          <Select<Encoding>
            aria-label={t('imports.encoding')}
            value={encoding}
            style={{ width: 140 }}
            placeholder={t('imports.encoding')}
            onChange={setEncoding}
            options={[
              { value: undefined, label: t('imports.autoDetect') },
              { value: 'utf8', label: 'UTF-8' },
              { value: 'gb18030', label: 'GBK / GB18030' },
            ]}
          />
          <Checkbox checked={createRegions} onChange={(e) => setCreateRegions(e.target.checked)}>
            {t('imports.createRegions')}
          </Checkbox>
          <Button
            type="primary"
            disabled={!preview || preview.missingColumns.length > 0 || job?.status === 'running'}
            onClick={() => void start()}
          >
            {t('imports.start')}
          </Button>
        </Space>
      </PageLayout>
      {preview && (
        <Card title={t('imports.preview')} size="small">
          {preview.missingColumns.length > 0 && (
            <Alert
              type="error"
              title={t('imports.missing', { columns: preview.missingColumns.join('、') })}
            />
          )}
          <Space wrap style={{ marginBottom: 8 }}>
            {preview.columns.map((c, i) => (
              <Tag key={i} color={c.field ? 'blue' : 'default'}>
                {c.header} → {c.fieldName ?? t('imports.unknown')}
              </Tag>
            ))}
          </Space>
          <ListTable
            size="small"
            pagination={false}
            rowKey="rowNo"
            dataSource={preview.rows}
            columns={[
              { title: '#', dataIndex: 'rowNo' },
              ...fieldNames.map((c) => ({ title: c.fieldName, dataIndex: c.field! })),
            ]}
          />
        </Card>
      )}
      {job && <JobCard job={job} />}
      <Card title={t('imports.history')} size="small">
        <ListTable<Job>
          size="small"
          rowKey="id"
          dataSource={history}
          pagination={false}
          columns={[
            { title: t('imports.fileName'), dataIndex: 'fileName' },
            {
              title: t('imports.status'),
              dataIndex: 'status',
              render: (s: Job['status']) => statusText(s),
            },
            { title: t('imports.imported'), dataIndex: 'imported' },
            { title: t('imports.updated'), dataIndex: 'updated' },
            { title: t('imports.rejected'), dataIndex: 'rejected' },
            {
              title: '',
              render: (_: unknown, j: Job) =>
                j.hasErrorReport && <a href={`/api/v1/imports/${j.id}/errors`}>{t('imports.errors')}</a>,
            },
          ]}
        />
      </Card>
    </Space>
  )
}

/** A job's status in words; a status this page does not know is shown as it came. */
function useStatusText(): (s: string) => string {
  const { t } = useTranslation()
  const words: Record<string, string> = {
    running: t('imports.statuses.running'),
    done: t('imports.statuses.done'),
    failed: t('imports.statuses.failed'),
  }
  return (s) => words[s] ?? s
}

function JobCard({ job }: { job: Job }) {
  const { t } = useTranslation()
  const title =
    job.status === 'running'
      ? t('imports.running')
      : job.status === 'done'
        ? t('imports.done')
        : t('imports.failed')
  return (
    <Card title={title} size="small">
      <Progress
        percent={Math.round(job.progress * 100)}
        status={job.status === 'failed' ? 'exception' : undefined}
      />
      <Descriptions size="small" column={4}>
        <Descriptions.Item label={t('imports.imported')}>{job.imported}</Descriptions.Item>
        <Descriptions.Item label={t('imports.updated')}>{job.updated}</Descriptions.Item>
        <Descriptions.Item label={t('imports.unchanged')}>{job.unchanged}</Descriptions.Item>
        <Descriptions.Item label={t('imports.rejected')}>{job.rejected}</Descriptions.Item>
      </Descriptions>
      {t('imports.rowsRead', { n: job.rowsRead })}
      {job.unknownColumns.length > 0 && (
        <div>{`${t('imports.unknown')}: ${job.unknownColumns.join('、')}`}</div>
      )}
      {job.hasErrorReport && (
        <div>
          <a href={`/api/v1/imports/${job.id}/errors`}>{t('imports.errors')}</a>
        </div>
      )}
    </Card>
  )
}
