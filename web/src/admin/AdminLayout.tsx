// Side menu on wide screens, a drawer behind a menu button on phones; header on top.
import { Drawer, Grid, Layout } from 'antd'
import { useState } from 'react'
import { Outlet } from 'react-router'
import { Brand } from './Brand'
import { HeaderBar } from './HeaderBar'
import { SideMenu } from './SideMenu'

export function AdminLayout() {
  const screens = Grid.useBreakpoint()
  const phone = screens.md === false
  const [collapsed, setCollapsed] = useState(false)
  const [drawerOpen, setDrawerOpen] = useState(false)
  return (
    <Layout className="lf-layout">
      {!phone && (
        <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={208}>
          <Brand compact={collapsed} />
          <SideMenu />
        </Layout.Sider>
      )}
      <Layout>
        <HeaderBar phone={phone} onOpenMenu={() => setDrawerOpen(true)} />
        <Layout.Content className={phone ? 'lf-content lf-content-phone' : 'lf-content'}>
          <Outlet />
        </Layout.Content>
      </Layout>
      {phone && (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={240}
          closable={false}
          styles={{ body: { padding: 0 }, section: { background: '#001529' } }}
        >
          <Brand />
          <SideMenu onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      )}
    </Layout>
  )
}
